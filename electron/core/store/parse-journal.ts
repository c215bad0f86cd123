import { decodeJsonBytes, UnreadableJsonError } from './decode-json-bytes';

/** One journal line: one commit() call, with all of its ops. */
export interface JournalEntry {
  seq: number;
  ops: unknown[];
}

export interface ParsedJournal {
  /** The readable prefix, in order, with contiguous seq numbers. */
  entries: JournalEntry[];
  /** Bytes of that prefix (always ends just after a newline, or is 0). */
  goodBytes: number;
  /**
   * A damaged last line: a crash mid-append. Its fsync never returned, so no caller was told it
   * was saved, and dropping it loses nothing that was promised.
   */
  tornTail?: { bytes: number; reason: string };
  /**
   * A damaged line with more lines after it. That is not what a crash leaves, so the lines from
   * here on are not replayed and the caller must keep the file aside for a person to look at.
   */
  damaged?: { line: number; reason: string };
}

/** One journal line; `opsJson` is the already serialised ops array. */
export function formatJournalLine(seq: number, opsJson: string): string {
  return `{"seq":${seq},"ops":${opsJson}}\n`;
}

function readEntry(bytes: Uint8Array, prevSeq: number | undefined): JournalEntry | string {
  let value: unknown;
  try {
    value = decodeJsonBytes(bytes);
  } catch (e) {
    if (e instanceof UnreadableJsonError) return e.message;
    throw e;
  }
  const entry = value as Partial<JournalEntry>;
  if (typeof value !== 'object' || !Number.isSafeInteger(entry.seq) || !Array.isArray(entry.ops)) {
    return 'it is not a {seq, ops} entry';
  }
  const seq = entry.seq as number;
  if (prevSeq !== undefined && seq !== prevSeq + 1) return `its seq ${seq} does not follow ${prevSeq}`;
  return { seq, ops: entry.ops };
}

export function parseJournal(bytes: Uint8Array): ParsedJournal {
  const entries: JournalEntry[] = [];
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    line++;
    const nl = bytes.indexOf(0x0a, start);
    const torn = (reason: string) => ({ entries, goodBytes: start, tornTail: { bytes: bytes.length - start, reason } });
    if (nl === -1) return torn('it has no newline (an append that never finished)');
    const entry = readEntry(bytes.subarray(start, nl), entries.at(-1)?.seq);
    if (typeof entry === 'string') {
      if (nl + 1 === bytes.length) return torn(entry);
      return { entries, goodBytes: start, damaged: { line, reason: entry } };
    }
    entries.push(entry);
    start = nl + 1;
  }
  return { entries, goodBytes: start };
}
