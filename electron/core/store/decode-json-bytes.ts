const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Why a JSON file or journal line could not be read, in words fit for a notice. */
export class UnreadableJsonError extends Error {
  override name = 'UnreadableJsonError';
}

/**
 * Strict decoding: invalid UTF-8 is an error rather than U+FFFD, because a replaced byte means
 * the file is damaged. A leading BOM (editors on Windows add one) is stripped and accepted.
 * JSON `null` is refused, so a damaged file can never pass as "no data".
 */
export function decodeJsonBytes(bytes: Uint8Array): unknown {
  if (bytes.length === 0) throw new UnreadableJsonError('it is empty');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UnreadableJsonError('it is not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) throw new UnreadableJsonError('it contains NUL bytes (a partly written file)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UnreadableJsonError(`it is not valid JSON (${(e as Error).message})`);
  }
  if (value === null) throw new UnreadableJsonError('it holds only `null`');
  return value;
}
