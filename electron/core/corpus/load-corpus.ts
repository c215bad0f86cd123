import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NotebookError } from '../../shared/result';
import type { Paragraph, SourceMeta } from '../../shared/types';
import { classifyParagraphs } from './classify-paragraphs';
import { Corpus, type CorpusSource } from './corpus';
import { parseCorpusManifest, type ManifestSource } from './corpus-manifest';
import { decodeUtf8 } from './decode-utf8';
import { hashText } from './hash-text';
import { mapWithConcurrency } from './map-with-concurrency';
import { splitParagraphs } from './split-paragraphs';

export const MANIFEST_FILE = 'manifest.json';
/** Enough parallel reads to keep the disk busy, well under common open-file limits. */
const READ_CONCURRENCY = 64;
/**
 * Part of the fingerprint: bump it when splitting, hashing or the kind heuristics change, so
 * caches built from the old paragraphs (the search index) are rebuilt even if no file changed.
 */
const PARAGRAPH_RULES_VERSION = 1;

const reason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'the file does not exist';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'it is a directory, not a file';
  return err.message ?? String(e);
};

interface LoadedArticle {
  source: CorpusSource;
  /** sha-256 of the file's bytes, so the fingerprint does not need every file in memory at once. */
  digest: string;
}

async function loadArticle(dir: string, entry: ManifestSource, index: number): Promise<LoadedArticle> {
  const filePath = path.join(dir, entry.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (e) {
    throw new NotebookError('CORPUS', `Cannot read the article file ${filePath} (sources[${index}] "${entry.id}" in ${MANIFEST_FILE}): ${reason(e)}.`);
  }
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
  const paragraphs = texts.map(
    (text, i): Paragraph => ({
      id: `${entry.id}:p${i + 1}`,
      sourceId: entry.id,
      n: i + 1,
      text,
      hash: hashText(text),
      kind: kinds[i] ?? 'body',
    }),
  );
  const meta: SourceMeta = {
    id: entry.id,
    title: entry.title,
    outlet: entry.outlet,
    author: entry.author,
    published: entry.published,
    url: entry.url ?? '',
    language: entry.language,
  };
  return { source: { meta, paragraphs }, digest: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Loads `<dir>/manifest.json` and every article it lists. Any problem (missing or invalid
 * manifest, unreadable article) is a NotebookError('CORPUS') that names the file.
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
  const root = path.resolve(dir);
  const manifestPath = path.join(root, MANIFEST_FILE);
  let manifestBytes: Buffer;
  try {
    manifestBytes = await readFile(manifestPath);
  } catch (e) {
    throw new NotebookError('CORPUS', `Cannot read the corpus manifest ${manifestPath}: ${reason(e)}.`);
  }
  const manifest = parseCorpusManifest(manifestBytes, manifestPath);
  const articles = await mapWithConcurrency(manifest.sources, READ_CONCURRENCY, (entry, i) => loadArticle(root, entry, i));

  const fingerprint = createHash('sha256');
  fingerprint.update(`dossier-corpus rules=${PARAGRAPH_RULES_VERSION}\n`);
  fingerprint.update(createHash('sha256').update(manifestBytes).digest('hex'));
  for (const a of articles) fingerprint.update(`\n${a.digest}`);
  return new Corpus(root, fingerprint.digest('hex'), articles.map((a) => a.source));
}
