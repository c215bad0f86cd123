// User styles live as <dir>/<id>.csl, one file per style, so the user can see and remove them.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MAX_STYLE_BYTES, peekCslStyle } from './csl-style-file';

export interface StoredStyle {
  id: string;
  title: string;
  locale: string | undefined;
  xml: string;
}

/**
 * Reads every <id>.csl in dir, in id order (missing dir: none). Files that are not CSL styles were
 * not put there by addStyle; they are left alone rather than listed.
 */
export function readUserStyles(dir: string): StoredStyle[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.csl')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const styles: StoredStyle[] = [];
  for (const name of names) {
    const file = join(dir, name);
    if (statSync(file).size > MAX_STYLE_BYTES) continue;
    const xml = readFileSync(file, 'utf8');
    const peek = peekCslStyle(xml);
    if (peek) styles.push({ id: name.slice(0, -'.csl'.length), ...peek, xml });
  }
  return styles;
}

/** Writes <dir>/<id>.csl through a temporary file, so a crash never leaves half a style. */
export async function saveUserStyle(dir: string, id: string, xml: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${id}.csl`);
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fh = await open(temp, 'w');
  try {
    await fh.writeFile(xml, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return target;
}

/** Deletes <dir>/<id>.csl; a file that is already gone counts as deleted. */
export async function deleteUserStyle(dir: string, id: string): Promise<void> {
  await rm(join(dir, `${id}.csl`), { force: true });
}
