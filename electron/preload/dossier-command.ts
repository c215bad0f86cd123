// Menu commands travel main → preload → renderer. Kept free of runtime imports so both the sandboxed
// preload and main can use it.

export const DOSSIER_COMMANDS = ['new-briefing', 'export', 'find', 'toggle-theme', 'restore-backup', 'open-settings'] as const;
export type DossierCommand = (typeof DOSSIER_COMMANDS)[number];

/** The IPC channel main sends on, and the DOM event name the renderer listens for. */
export const COMMAND_CHANNEL = 'dossier:command';

export const isDossierCommand = (value: unknown): value is DossierCommand =>
  typeof value === 'string' && (DOSSIER_COMMANDS as readonly string[]).includes(value);
