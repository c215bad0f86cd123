import { NotebookError } from '../../shared/result';

// fatal: a mis-encoded article would otherwise turn into U+FFFD and silently change quotes.
// TextDecoder strips a leading BOM by default (ignoreBOM: false).
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 bytes (a leading BOM is dropped), or throws CORPUS naming the file. */
export function decodeUtf8(bytes: Uint8Array, filePath: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new NotebookError('CORPUS', `${filePath} is not valid UTF-8. Save it as UTF-8 and reload the corpus.`);
  }
}
