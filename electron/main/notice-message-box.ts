import type { MessageBoxOptions } from 'electron';
import type { StoreNotice } from '../shared/types';

/** A native message box for what happened while opening the notebook, or null when nothing did. */
export function noticeMessageBox(notices: readonly StoreNotice[]): MessageBoxOptions | null {
  if (notices.length === 0) return null;
  const serious = notices.some((n) => n.kind === 'corrupt-no-backup' || n.kind === 'recovered-from-backup');
  const lines = notices.map((n) => {
    const where = [n.movedTo ? `Moved aside: ${n.movedTo}` : '', n.restoredFrom ? `Restored from: ${n.restoredFrom}` : '']
      .filter(Boolean)
      .join('\n');
    return where ? `${n.message}\n${where}` : n.message;
  });
  return {
    type: serious ? 'warning' : 'info',
    title: 'Dossier',
    message: serious ? 'Dossier repaired your notebook while opening it.' : 'Dossier noticed something while opening your notebook.',
    detail: lines.join('\n\n'),
    buttons: ['OK'],
    defaultId: 0,
    noLink: true,
  };
}
