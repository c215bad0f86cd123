import { createContext, useContext } from 'react';
import type { BriefingSummary, CitationStyleInfo, Settings, TagWithCount } from '../api/contract';
import type { Route } from './route';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface AppServices {
  route: Route;
  /** Bumped on every navigate, so jumping to the same paragraph twice still scrolls. */
  routeSeq: number;
  navigate(route: Route): void;
  tags: TagWithCount[];
  refreshTags(): Promise<void>;
  briefings: BriefingSummary[];
  refreshBriefings(): Promise<void>;
  settings: Settings;
  updateSettings(patch: Partial<Omit<Settings, 'lastExportDir'>>): Promise<void>;
  styles: CitationStyleInfo[];
  /** Re-reads the citation styles (after one was added or removed). */
  refreshStyles(): Promise<void>;
  /** Shows an error in the alert area. */
  report(e: unknown): void;
  toast(message: string, action?: ToastAction): void;
  /** Runs an operation, reporting a failure instead of throwing. */
  attempt<T>(fn: () => Promise<T>): Promise<T | undefined>;
  openSearch(): void;
  /** Opens the Settings dialog (also Ctrl/Cmd+, and the menu's Settings…). */
  openSettings(): void;
  /** Set by the "export" command; the briefing editor consumes it. */
  exportRequest: number;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside <AppContext>');
  return ctx;
}
