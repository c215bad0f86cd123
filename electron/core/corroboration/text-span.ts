/** A range of UTF-16 offsets into a paragraph's text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}
