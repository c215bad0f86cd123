import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { NotebookError } from '../../shared/result';
import type { SourceMeta } from '../../shared/types';
import { classifyParagraphs } from './classify-paragraphs';
import type { ManifestSource } from './corpus-manifest';
import { decodeUtf8 } from './decode-utf8';
import { hashText } from './hash-text';
import type { ParsedParagraphs } from './paragraph-table';
import { splitParagraphs } from './split-paragraphs';

export const MANIFEST_FILE = 'manifest.json';

export const fileProblem = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'the file does not exist';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'it is a directory, not a file';
  return err.message ?? String(e);
};

/** The error for an article file that cannot be read, naming the file and its manifest entry. */
export const unreadableArticle = (dir: string, entry: ManifestSource, index: number, problem: string): NotebookError =>
  new NotebookError('CORPUS', `Cannot read the article file ${path.join(dir, entry.file)} (sources[${index}] "${entry.id}" in ${MANIFEST_FILE}): ${problem}.`);

export interface ArticleBytes {
  bytes: Buffer;
  /** The open file's identity when it was read (stat of the same descriptor). */
  stat: Stats;
  /** sha-256 (hex) of the bytes. */
  digest: string;
}

export async function readArticle(dir: string, entry: ManifestSource, index: number): Promise<ArticleBytes> {
  let handle;
  try {
    handle = await open(path.join(dir, entry.file), 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    const bytes = await handle.readFile();
    return { bytes, stat, digest: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    throw unreadableArticle(dir, entry, index, fileProblem(e));
  } finally {
    await handle?.close();
  }
}

/** Splits, checks and classifies an article's text; any problem is CORPUS naming the file. */
export function parseArticle(dir: string, entry: ManifestSource, index: number, bytes: Uint8Array): ParsedParagraphs {
  const filePath = path.join(dir, entry.file);
  const texts = splitParagraphs(decodeUtf8(bytes, filePath));
  if (texts.length === 0) {
    throw new NotebookError('CORPUS', `The article file ${filePath} (source "${entry.id}") has no text.`);
  }
  for (const key of Object.keys(entry.kinds ?? {})) {
    if (Number(key) > texts.length) {
      throw new NotebookError(
        'CORPUS',
        `${path.join(dir, MANIFEST_FILE)}: sources[${index}].kinds names paragraph ${key}, but ${filePath} has only ${texts.length} paragraphs.`,
      );
    }
  }
  const kinds = classifyParagraphs(texts, { title: entry.title, author: entry.author, overrides: entry.kinds });
  return { texts, hashes: texts.map(hashText), kinds: texts.map((_, i) => kinds[i] ?? 'body') };
}

export const sourceMetaOf = (entry: ManifestSource): SourceMeta => ({
  id: entry.id,
  title: entry.title,
  outlet: entry.outlet,
  author: entry.author,
  published: entry.published,
  url: entry.url ?? '',
  language: entry.language,
});

/** What an article's paragraphs are made from besides its bytes: a change re-parses it. */
export const articleKey = (entry: ManifestSource): string =>
  `${entry.file}\0${entry.title}\0${entry.author}\0${entry.kinds ? JSON.stringify(entry.kinds) : ''}`;
