import { access, rename } from 'node:fs/promises';

/** `<path>.<label>-<ISO time, colons replaced>`, with -2, -3… if that name is taken. */
export async function asidePath(path: string, label: string, at: Date): Promise<string> {
  const stem = `${path}.${label}-${at.toISOString().replace(/:/g, '-')}`;
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? stem : `${stem}-${i}`;
    try {
      await access(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Renames a damaged file out of the way (never deletes it) and returns where it went. */
export async function moveAside(path: string, label: string, at: Date): Promise<string> {
  const target = await asidePath(path, label, at);
  await rename(path, target);
  return target;
}
