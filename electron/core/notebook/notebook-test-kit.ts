// Test helpers: a real notebook on a fresh temp directory over a copy of the bundled corpus.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openNotebook, type Notebook, type OpenNotebookOptions } from './open-notebook';

export const BUNDLED_CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'resources', 'corpus');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-'));
}

/** A writable copy of the bundled corpus, for tests that change it. */
export function copyCorpus(): string {
  const dir = join(tempDir(), 'corpus');
  cpSync(BUNDLED_CORPUS, dir, { recursive: true });
  return dir;
}

export async function openTestNotebook(over: Partial<OpenNotebookOptions> = {}): Promise<Notebook & { dataDir: string }> {
  const dataDir = over.dataDir ?? join(tempDir(), 'notebook');
  const nb = await openNotebook({ corpusDir: BUNDLED_CORPUS, ...over, dataDir });
  return Object.assign(nb, { dataDir });
}

export const P = {
  ndtvLavrovQuote: 'russia-india-non-committal-on-s-400:p8',
  ndtvDefenceMinisters: 'russia-india-non-committal-on-s-400:p10',
  printTitle: 'india-russia-firm-on-s-400-deal:p1',
  printMakeInIndia: 'india-russia-firm-on-s-400-deal:p9',
  trtConfirmed: 'russia-talks-military-equipment-india:p10',
} as const;
