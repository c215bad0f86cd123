import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/corpus';
import { isEligible } from './eligible-paragraph';
import { MIN_SIGNED_TERMS, withoutStopTerms } from './hash-stop-terms';
import type { MinHasher } from './minhash';
import { paragraphFeatures, type ParagraphFeatures } from './paragraph-features';

/** One source's share of a SignatureTable. */
export interface SourceEntry {
  id: string;
  /** Changes whenever any paragraph of the source changes its text or kind. */
  digest: string;
  /** Its eligible paragraphs are rows [start, start + count). */
  start: number;
  count: number;
}

/**
 * Per eligible paragraph, what candidate generation and IDF need, in flat typed arrays so a
 * corpus of 200,000 paragraphs costs a few dozen MB and loads from the cache without parsing.
 * Rows are grouped by source, in corpus order.
 */
export interface SignatureTable {
  bands: number;
  sources: SourceEntry[];
  /** Paragraph number (the n of `<sourceId>:p<n>`) of each row. */
  paragraphN: Int32Array;
  /** Row r's units are unitStart[r] .. unitStart[r+1]-1; unit u's band keys bandKeys[u*bands ..]. */
  unitStart: Int32Array;
  bandKeys: Int32Array;
  /** Row r's unique term hashes are terms[termStart[r] .. termStart[r+1]-1]. */
  termStart: Int32Array;
  terms: Int32Array;
}

export function sourceDigest(corpus: Corpus, sourceId: string): string {
  const h = createHash('sha256').update(sourceId);
  for (const p of corpus.getSource(sourceId)?.paragraphs ?? []) h.update(`\n${p.kind}:${p.hash}`);
  return h.digest('hex').slice(0, 32);
}

/** A source's rows, signatures computed fresh. Features are handed back for scoring. */
export interface SourceRows {
  entry: Omit<SourceEntry, 'start'>;
  paragraphN: number[];
  units: Int32Array[][];
  terms: Int32Array[];
  features: ParagraphFeatures[];
}

export function computeSourceRows(corpus: Corpus, sourceId: string): SourceRows {
  const rows: SourceRows = { entry: { id: sourceId, digest: sourceDigest(corpus, sourceId), count: 0 }, paragraphN: [], units: [], terms: [], features: [] };
  for (const p of corpus.getSource(sourceId)?.paragraphs ?? []) {
    if (!isEligible(p)) continue;
    const f = paragraphFeatures(p.text);
    if (f.units.length === 0) continue;
    rows.paragraphN.push(p.n);
    rows.units.push(f.units);
    rows.terms.push(f.terms);
    rows.features.push(f);
  }
  rows.entry.count = rows.paragraphN.length;
  return rows;
}

/** Copies rows out of an existing table (a source that has not changed). */
export interface ReusedRows {
  table: SignatureTable;
  entry: SourceEntry;
}

/** Band keys of a unit without a signature: all zero, and lshCandidates skips key 0. */
export const NO_SIGNATURE = 0;

/**
 * Assembles a table from fresh and reused sources, in the given order, hashing only the units
 * of fresh ones (without `stop` terms, see hash-stop-terms.ts).
 */
export function assembleTable(parts: readonly (SourceRows | ReusedRows)[], hasher: MinHasher, stop: Int32Array): SignatureTable {
  const bands = hasher.params.bands;
  let rowCount = 0;
  let unitCount = 0;
  let termCount = 0;
  for (const part of parts) {
    if ('table' in part) {
      const { table, entry } = part;
      rowCount += entry.count;
      unitCount += (table.unitStart[entry.start + entry.count] as number) - (table.unitStart[entry.start] as number);
      termCount += (table.termStart[entry.start + entry.count] as number) - (table.termStart[entry.start] as number);
    } else {
      rowCount += part.entry.count;
      for (const u of part.units) unitCount += u.length;
      for (const t of part.terms) termCount += t.length;
    }
  }
  const out: SignatureTable = {
    bands,
    sources: [],
    paragraphN: new Int32Array(rowCount),
    unitStart: new Int32Array(rowCount + 1),
    bandKeys: new Int32Array(unitCount * bands),
    termStart: new Int32Array(rowCount + 1),
    terms: new Int32Array(termCount),
  };
  let row = 0;
  let unit = 0;
  let term = 0;
  for (const part of parts) {
    const start = row;
    if ('table' in part) {
      const { table, entry } = part;
      if (table.bands !== bands) throw new Error(`Cannot reuse signatures made with ${table.bands} bands in a table of ${bands}.`);
      for (let r = entry.start; r < entry.start + entry.count; r++) {
        out.paragraphN[row] = table.paragraphN[r] as number;
        const u0 = table.unitStart[r] as number;
        const u1 = table.unitStart[r + 1] as number;
        out.bandKeys.set(table.bandKeys.subarray(u0 * bands, u1 * bands), unit * bands);
        unit += u1 - u0;
        const t0 = table.termStart[r] as number;
        const t1 = table.termStart[r + 1] as number;
        out.terms.set(table.terms.subarray(t0, t1), term);
        term += t1 - t0;
        row++;
        out.unitStart[row] = unit;
        out.termStart[row] = term;
      }
      out.sources.push({ ...entry, start });
    } else {
      part.paragraphN.forEach((n, i) => {
        out.paragraphN[row] = n;
        for (const u of part.units[i] ?? []) {
          const rare = withoutStopTerms(u, stop);
          // With one uncommon term, the common ones narrow its buckets down to its own context.
          if (rare.length >= MIN_SIGNED_TERMS) hasher.bandKeys(rare, out.bandKeys, unit * bands);
          else if (rare.length > 0) hasher.bandKeys(u, out.bandKeys, unit * bands);
          else out.bandKeys.fill(NO_SIGNATURE, unit * bands, (unit + 1) * bands);
          unit++;
        }
        const t = part.terms[i] as Int32Array;
        out.terms.set(t, term);
        term += t.length;
        row++;
        out.unitStart[row] = unit;
        out.termStart[row] = term;
      });
      out.sources.push({ ...part.entry, start });
    }
  }
  return out;
}
