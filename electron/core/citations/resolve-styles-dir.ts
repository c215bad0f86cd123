import path from 'node:path';

/** The bundled CSL styles: `<resourcesPath>/styles` when packaged, `<appRoot>/resources/styles` from source or a build. */
export function resolveStylesDir(options: { appRoot: string; resourcesPath?: string }): string {
  if (options.resourcesPath) return path.join(options.resourcesPath, 'styles');
  return path.join(options.appRoot, 'resources', 'styles');
}
