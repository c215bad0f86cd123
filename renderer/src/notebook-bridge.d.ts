import type { NotebookBridge } from './api/contract';

declare global {
  interface Window {
    /** Installed by the preload (app) or by the e2e fixture (tests). */
    notebook: NotebookBridge;
  }
  interface WindowEventMap {
    'dossier:command': CustomEvent<DossierCommand>;
  }
  /** Sent by the application menu through the preload. */
  type DossierCommand = 'new-briefing' | 'export' | 'find' | 'toggle-theme' | 'restore-backup' | 'open-settings';
}
