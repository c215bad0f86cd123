// Shared by the corroboration tests: the real bundled corpus, and temp dirs that are removed.
import { createHash } from 'node:crypto';
import { after } from 'node:test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParagraphKind } from '../../shared/types';
import { Corpus } from '../corpus/corpus';
import { hashText } from '../corpus/hash-text';
import { loadCorpus } from '../corpus/load-corpus';

export const BUNDLED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/corpus');

/** Source ids of the bundled corpus, short. */
export const NDTV = 'russia-india-non-committal-on-s-400';
export const TAKEAWAYS = 'lavrov-jaishankar-key-takeaways';
export const PRINT = 'india-russia-firm-on-s-400-deal';
export const DESPERATE = 'india-desperate-to-get-s-400';
export const TRT = 'russia-talks-military-equipment-india';

let bundled: Promise<Corpus> | null = null;
export const loadBundled = (): Promise<Corpus> => (bundled ??= loadCorpus(BUNDLED));

const created: string[] = [];
after(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-'));
  created.push(dir);
  return dir;
}

/** A copy of the bundled corpus files in a temp dir, to edit. */
export function copyBundled(): string {
  const dir = tempDir();
  cpSync(BUNDLED, dir, { recursive: true });
  return dir;
}

export function paragraphText(corpus: Corpus, id: string): string {
  const p = corpus.getParagraph(id);
  if (!p) throw new Error(`The bundled corpus has no paragraph ${id}`);
  return p.text;
}

/** An in-memory corpus: source id → body paragraph texts (published dates optional). */
export function corpusOf(sources: Record<string, readonly string[]>, published: Record<string, string> = {}): Corpus {
  const entries = Object.entries(sources).map(([id, texts]) => ({
    meta: { id, title: '', outlet: '', author: '', published: published[id] ?? '', url: '', language: 'en' },
    paragraphs: texts.map((text, i) => ({ id: `${id}:p${i + 1}`, sourceId: id, n: i + 1, text, hash: hashText(text), kind: (text.startsWith('SOURCE:') ? 'boilerplate' : 'body') as ParagraphKind })),
  }));
  const fingerprint = createHash('sha256').update(JSON.stringify(sources) + JSON.stringify(published)).digest('hex');
  return new Corpus('/in-memory', fingerprint, entries);
}
