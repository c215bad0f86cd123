// The notebook directory the desktop app uses on this OS (Electron's userData for "Dossier"
// plus /notebook), so that the CLI and the app open the same notebook by default.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DOSSIER_DATA) return env.DOSSIER_DATA;
  const home = env.HOME || env.USERPROFILE || homedir();
  const userData =
    platform === 'darwin'
      ? join(home, 'Library', 'Application Support', 'Dossier')
      : platform === 'win32'
        ? join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Dossier')
        : join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Dossier');
  return join(userData, 'notebook');
}
