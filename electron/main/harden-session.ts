import type { Session } from 'electron';

/**
 * Dossier needs no web permission (camera, notifications, clipboard-read…), so every request and
 * check is refused; copying falls back to execCommand('copy'), which needs none. Downloads are refused too.
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
}
