// CSL cite positions for a run of single-source notes (CSL 1.0.2, "Position"). citeproc works them
// out itself only in its incremental mode, which re-examines every earlier note for each new one;
// computing them here lets each note be formatted once, against a registry of all the sources.

/** citeproc's numbering of positions. */
export const POSITION = { first: 0, subsequent: 1, ibid: 2, ibidWithLocator: 3 } as const;

export interface PositionedCite {
  id: string;
  locator: string;
  label: 'paragraph';
  position: (typeof POSITION)[keyof typeof POSITION];
  'near-note'?: true;
  'first-reference-note-number'?: number;
}

/** Notes are numbered from 1 in the order given; each cites one source at one paragraph. */
export function notePositions(
  notes: readonly { sourceId: string; paragraphN: number }[],
  nearNoteDistance: number,
): PositionedCite[] {
  const lastNote = new Map<string, number>();
  const firstNote = new Map<string, number>();
  return notes.map((note, i) => {
    const n = i + 1;
    const locator = String(note.paragraphN);
    const cite: PositionedCite = { id: note.sourceId, locator, label: 'paragraph', position: POSITION.first };
    const previous = lastNote.get(note.sourceId);
    if (previous !== undefined) {
      const prior = notes[i - 1];
      if (previous === n - 1 && prior) {
        cite.position = String(prior.paragraphN) === locator ? POSITION.ibid : POSITION.ibidWithLocator;
      } else {
        cite.position = POSITION.subsequent;
      }
      if (n - previous <= nearNoteDistance) cite['near-note'] = true;
      cite['first-reference-note-number'] = firstNote.get(note.sourceId) as number;
    } else {
      firstNote.set(note.sourceId, n);
    }
    lastNote.set(note.sourceId, n);
    return cite;
  });
}
