import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { handleAppRequest } from './handle-app-request';

/** Must run before the app is ready: a standard, secure scheme behaves like https for the page. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export function registerAppProtocol(ses: Session, rendererDir: string): void {
  ses.protocol.handle(APP_SCHEME, (request) => handleAppRequest(rendererDir, request));
}
