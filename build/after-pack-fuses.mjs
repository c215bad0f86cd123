// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is signed.
// (electron-builder 25 has no `electronFuses` option; this does what that option does in later versions.)
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Pages come from app://, never file://, so file: URLs need none of their legacy powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The file that carries the fuse wire: the .app bundle on macOS, the executable elsewhere. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  // Flipping fuses breaks the ad-hoc signature Apple Silicon requires, so re-sign ad hoc; a real
  // identity, when one is configured, signs again after this hook.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin';
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature });
  console.log(`  • fuses flipped  file=${path.relative(process.cwd(), binary)}`);
}
