import path from 'node:path';

export interface ResolveCorpusDirOptions {
  /** An explicit `--corpus` flag. */
  flag?: string;
  /** Where DOSSIER_CORPUS is read; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** process.resourcesPath of a packaged app; absent when running from source. */
  resourcesPath?: string;
  /** The project root when running from source. */
  appRoot: string;
}

/** Flag, then DOSSIER_CORPUS, then the packaged resources, then `<appRoot>/resources/corpus`. */
export function resolveCorpusDir(options: ResolveCorpusDirOptions): string {
  const flag = options.flag?.trim();
  if (flag) return path.resolve(flag);
  const fromEnv = (options.env ?? process.env).DOSSIER_CORPUS?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  if (options.resourcesPath) return path.join(options.resourcesPath, 'corpus');
  return path.join(options.appRoot, 'resources', 'corpus');
}
