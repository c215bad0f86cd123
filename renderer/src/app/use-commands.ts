import { useEffect, useRef } from 'react';

export type CommandHandlers = Record<DossierCommand, () => void>;

const COMMANDS: readonly DossierCommand[] = ['new-briefing', 'export', 'find', 'toggle-theme', 'restore-backup', 'open-settings'];

/**
 * Menu commands arrive as a `dossier:command` event; Ctrl/Cmd+K and Ctrl/Cmd+F open search, and
 * Ctrl/Cmd+, opens Settings (the menu's shortcut, for when there is no native menu).
 */
export function useCommands(handlers: CommandHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onCommand = (e: CustomEvent<DossierCommand>) => {
      if (COMMANDS.includes(e.detail)) ref.current[e.detail]();
    };
    const onKey = (e: KeyboardEvent) => {
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (key === 'k' || key === 'f')) {
        e.preventDefault();
        ref.current.find();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key === ',') {
        e.preventDefault();
        ref.current['open-settings']();
      }
    };
    window.addEventListener('dossier:command', onCommand);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('dossier:command', onCommand);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
