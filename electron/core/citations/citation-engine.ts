// Every citation Dossier prints comes from citeproc-js (through citation-js), never from string
// templates here: this module only chooses the style, feeds it CSL-JSON and reads its output.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { plugins } from '@citation-js/core';
import type { CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { NotebookError } from '../../shared/result';
import type { CitationStyleInfo, SourceMeta } from '../../shared/types';
import { parseCiteprocHtml, runsToText } from './citation-runs';
import type { CitationRun } from './citation-runs';
import { toCslItem } from './csl-item';
import type { UntitledAs } from './csl-item';
import { MAX_STYLE_BYTES, parseCslStyle, peekCslStyle } from './csl-style-file';
import { formatNotes, styleTraits } from './note-formatter';
import type { StyleTraits } from './note-formatter';
import { deleteUserStyle, readUserStyles, saveUserStyle } from './user-styles';

export const DEFAULT_STYLE_ID = 'chicago';
const CHICAGO_FILE = 'dossier-chicago-notes.csl';
/** How many formatted briefings are kept for reuse. */
const RECENT_RESULTS = 8;
const FALLBACK_LOCALE = 'en-US';

export interface FormattedText {
  text: string;
  runs: CitationRun[];
}

export interface CitationRequest {
  styleId: string;
  /** Every source the notes point at (extra ones are ignored). */
  sources: readonly SourceMeta[];
  /** One per note, in note order. */
  notes: readonly { sourceId: string; paragraphN: number }[];
}

export interface FormattedCitations {
  style: CitationStyleInfo;
  notes: FormattedText[];
  /** Each cited source once, in the style's order; empty if the style has no bibliography. */
  bibliography: (FormattedText & { sourceId: string })[];
}

export interface CitationEngine {
  listStyles(): CitationStyleInfo[];
  /** Checks a .csl file, keeps a copy as <userStylesDir>/<id>.csl and makes it available. */
  addStyle(filePath: string): Promise<CitationStyleInfo>;
  /** Deletes a user style's file and forgets it. Bundled styles cannot be removed. */
  removeStyle(styleId: string): Promise<void>;
  /** One note (note styles) or in-text citation, as plain text. */
  cite(source: SourceMeta, paragraphN: number, styleId: string): string;
  /** Numbered notes and a bibliography, formatted together so that short forms and disambiguation work. */
  formatCitations(request: CitationRequest): FormattedCitations;
}

export interface CitationEngineOptions {
  /** Where user styles are kept (<dataDir>/styles). Without it only the bundled styles exist. */
  userStylesDir?: string;
  /** Folder holding dossier-chicago-notes.csl; defaults to resources/styles in the source tree. */
  builtinStylesDir?: string;
}

interface StyleEntry {
  info: CitationStyleInfo;
  /** Key in citation-js's style register. citation-js caches an engine per key, so it names the content. */
  key: string;
  locale: string;
  untitledAs: UntitledAs;
  traits: StyleTraits;
}

const csl = plugins.config.get('@csl');

function styleEntry(info: CitationStyleInfo, xml: string, locale: string | undefined, key?: string): StyleEntry {
  if (!key) {
    key = `dossier-${createHash('sha256').update(xml).digest('hex').slice(0, 16)}`;
    if (!csl.styles.has(key)) csl.styles.set(key, xml);
  }
  return {
    info,
    key,
    locale: locale && csl.locales.has(locale) ? locale : FALLBACK_LOCALE,
    untitledAs: info.builtin ? 'genre' : 'title',
    traits: styleTraits(xml),
  };
}

function defaultBuiltinDir(): string {
  // Only running from source has a module URL to resolve from; a bundled app passes the folder.
  const here = import.meta.url as string | undefined;
  if (!here) {
    throw new NotebookError('INTERNAL', `createCitationEngine needs builtinStylesDir (the folder with ${CHICAGO_FILE}) when bundled.`);
  }
  return fileURLToPath(new URL('../../../resources/styles/', here));
}

/** citeproc's markers for output it could not produce. */
const CITEPROC_FAILURE = /\[(?:NO_PRINTED_FORM|CSL STYLE ERROR[^\]]*)\]/;

export function createCitationEngine(opts: CitationEngineOptions = {}): CitationEngine {
  const styles = new Map<string, StyleEntry>();
  const chicagoXml = readFileSync(join(opts.builtinStylesDir ?? defaultBuiltinDir(), CHICAGO_FILE), 'utf8');
  const chicagoName = peekCslStyle(chicagoXml)?.title ?? 'Chicago (notes and bibliography)';
  styles.set(DEFAULT_STYLE_ID, styleEntry({ id: DEFAULT_STYLE_ID, name: chicagoName, builtin: true }, chicagoXml, undefined));
  const apaXml = csl.styles.get('apa') ?? '';
  const apaName = peekCslStyle(apaXml)?.title ?? 'APA';
  styles.set('apa', styleEntry({ id: 'apa', name: apaName, builtin: true }, apaXml, undefined, 'apa'));
  const builtinIds = new Set(styles.keys());

  if (opts.userStylesDir) {
    for (const s of readUserStyles(opts.userStylesDir)) {
      if (!builtinIds.has(s.id)) styles.set(s.id, styleEntry({ id: s.id, name: s.title, builtin: false }, s.xml, s.locale));
    }
  }

  const styleFor = (styleId: string): StyleEntry => {
    const entry = styles.get(styleId);
    if (entry) return entry;
    const known = [...styles.keys()].join(', ');
    throw new NotebookError('NOT_FOUND', `There is no citation style "${styleId}". Installed styles: ${known}.`);
  };

  const recent = new Map<string, FormattedCitations>();
  const format = (style: StyleEntry, request: Omit<CitationRequest, 'styleId'>): FormattedCitations => {
    const items = new Map<string, CslItem>();
    for (const s of request.sources) items.set(s.id, toCslItem(s, style.untitledAs));
    for (const n of request.notes) {
      if (!items.has(n.sourceId)) {
        throw new NotebookError('NOT_FOUND', `A note cites source "${n.sourceId}", which was not passed in.`);
      }
    }
    if (request.notes.length === 0) return { style: style.info, notes: [], bibliography: [] };
    // Re-rendering a briefing whose quotes did not change (a preview after editing a text block,
    // then the export itself) reuses the citations instead of running citeproc again.
    const cacheKey = createHash('sha256')
      .update(JSON.stringify([style.key, [...items.values()], request.notes]))
      .digest('hex');
    const cached = recent.get(cacheKey);
    if (cached) {
      recent.delete(cacheKey);
      recent.set(cacheKey, cached);
      return structuredClone(cached);
    }
    const engine = csl.engine([...items.values()], style.key, style.locale, 'html');
    // Registering every cited source first lets citeproc disambiguate (2021a, 2021b) across the whole set.
    engine.updateItems([...new Set(request.notes.map((n) => n.sourceId))]);
    const formatted = (html: string, what: string): FormattedText => {
      const runs = parseCiteprocHtml(html);
      const text = runsToText(runs);
      if (!text || CITEPROC_FAILURE.test(text)) {
        throw new NotebookError(
          'INVALID_INPUT',
          `The citation style "${style.info.name}" printed nothing usable for ${what}. Choose another style.`,
        );
      }
      return { text, runs };
    };
    const notes = formatNotes(engine, request.notes, style.traits).map((html, i) =>
      formatted(html, `note ${i + 1} (source "${request.notes[i]?.sourceId}")`),
    );
    const bibliography: FormattedCitations['bibliography'] = [];
    const bib = engine.makeBibliography();
    if (bib) {
      const [params, entries] = bib;
      entries.forEach((html, i) => {
        const sourceId = params.entry_ids[i]?.[0] ?? '';
        bibliography.push({ sourceId, ...formatted(html, `the bibliography entry of source "${sourceId}"`) });
      });
    }
    const result = { style: style.info, notes, bibliography };
    recent.set(cacheKey, structuredClone(result));
    if (recent.size > RECENT_RESULTS) recent.delete(recent.keys().next().value as string);
    return result;
  };

  return {
    listStyles: () => [...styles.values()].map((s) => ({ ...s.info })),

    async addStyle(filePath) {
      const label = basename(filePath);
      if (!opts.userStylesDir) {
        throw new NotebookError('FORBIDDEN', 'This citation engine was created without a folder for user styles.');
      }
      let xml: string;
      try {
        // Checked before reading, so a huge file picked by mistake is never loaded whole.
        const { size } = await stat(filePath);
        if (size > MAX_STYLE_BYTES) {
          throw new NotebookError('INVALID_INPUT', `"${label}" is not a usable CSL style: it is larger than ${MAX_STYLE_BYTES / 1_000_000} MB.`);
        }
        xml = await readFile(filePath, 'utf8');
      } catch (e) {
        if (e instanceof NotebookError) throw e;
        throw new NotebookError('IO', `Could not read the style file "${filePath}": ${(e as Error).message}`);
      }
      const parsed = await parseCslStyle(xml, label);
      const id = builtinIds.has(parsed.id) ? `${parsed.id}-custom` : parsed.id;
      const candidate = styleEntry({ id, name: parsed.title, builtin: false }, xml, parsed.locale);
      // A trial run, so a style citeproc cannot use is refused now rather than at export time.
      try {
        format(candidate, { sources: [TRIAL_SOURCE], notes: [{ sourceId: TRIAL_SOURCE.id, paragraphN: 3 }] });
      } catch (e) {
        const why = e instanceof NotebookError ? e.message : `citeproc failed with "${(e as Error).message}"`;
        throw new NotebookError('INVALID_INPUT', `"${label}" is not a usable CSL style: ${why}`);
      }
      await saveUserStyle(opts.userStylesDir, id, xml);
      styles.set(id, candidate);
      return { ...candidate.info };
    },

    async removeStyle(styleId) {
      const entry = styleFor(styleId);
      if (entry.info.builtin) {
        throw new NotebookError('FORBIDDEN', `"${entry.info.name}" is bundled with Dossier and cannot be removed.`);
      }
      if (!opts.userStylesDir) throw new NotebookError('FORBIDDEN', 'This citation engine was created without a folder for user styles.');
      try {
        await deleteUserStyle(opts.userStylesDir, styleId);
      } catch (e) {
        throw new NotebookError('IO', `Could not delete the style file of "${entry.info.name}": ${(e as Error).message}`);
      }
      styles.delete(styleId);
    },

    cite(source, paragraphN, styleId) {
      const result = format(styleFor(styleId), { sources: [source], notes: [{ sourceId: source.id, paragraphN }] });
      return (result.notes[0] as FormattedText).text;
    },

    formatCitations: ({ styleId, ...request }) => format(styleFor(styleId), request),
  };
}

const TRIAL_SOURCE: SourceMeta = {
  id: 'trial',
  title: 'Trial article title',
  outlet: 'Trial Times',
  author: 'Jane Doe',
  published: '2021-04-06',
  url: 'https://example.org/trial',
  language: 'en',
};
