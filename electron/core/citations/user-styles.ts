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

export interface UserStylesListing {
  styles: StoredStyle[];
  /** Files in the folder that are not CSL styles, with the reason. */
  skipped: { file: string; reason: string }[];
}

/** Reads every <id>.csl in dir (missing dir: none). Ordered by id so listings are stable. */
export function readUserStyles(dir: string): UserStylesListing {
  const listing: UserStylesListing = { styles: [], skipped: [] };
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.csl')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return listing;
    throw e;
  }
  for (const name of names) {
    const file = join(dir, name);
    if (statSync(file).size > MAX_STYLE_BYTES) {
      listing.skipped.push({ file, reason: 'larger than the style size limit' });
      continue;
    }
    const xml = readFileSync(file, 'utf8');
    const peek = peekCslStyle(xml);
    if (!peek) {
      listing.skipped.push({ file, reason: 'not a CSL style with a title' });
      continue;
    }
    listing.styles.push({ id: name.slice(0, -'.csl'.length), ...peek, xml });
  }
  return listing;
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
