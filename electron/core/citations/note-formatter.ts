// Formats a run of single-source notes with as few citeproc calls as the style allows. A note's
// text depends only on its source, its paragraph and the position facts the style actually tests,
// so notes that agree on those share one call; the paragraph number is put in afterwards when the
// style prints it as plain text. A briefing of 300 quotes from 80 sources then needs at most a
// couple of calls per source instead of 300.
import type { CiteprocCite, CiteprocEngine } from '@citation-js/core';
import { notePositions, POSITION } from './note-positions';
import type { PositionedCite } from './note-positions';

export interface StyleTraits {
  nearNoteDistance: number;
  testsPosition: boolean;
  testsIbid: boolean;
  testsNearNote: boolean;
  printsFirstReference: boolean;
  /** False when the style formats the locator as a number (ordinal, roman): it must see the real value. */
  locatorIsText: boolean;
}

const DEFAULT_NEAR_NOTE_DISTANCE = 5;

export function styleTraits(xml: string): StyleTraits {
  const positions = [...xml.matchAll(/\sposition="([^"]*)"/g)].map((m) => m[1] ?? '').join(' ');
  return {
    nearNoteDistance: Number(/<citation\b[^>]*\snear-note-distance="(\d+)"/.exec(xml)?.[1] ?? DEFAULT_NEAR_NOTE_DISTANCE),
    testsPosition: positions !== '',
    testsIbid: positions.includes('ibid'),
    testsNearNote: /near-note|far-note/.test(positions),
    printsFirstReference: xml.includes('first-reference-note-number'),
    locatorIsText: !/<number\b[^>]*variable="locator"/.test(xml),
  };
}

/** A number no real citation contains, standing in for the paragraph while a shared note is formatted. */
const LOCATOR_PLACEHOLDER = '918273645';

/** The cite reduced to what the style can see. */
function reduce(cite: PositionedCite, traits: StyleTraits): CiteprocCite {
  if (!traits.testsPosition) return { id: cite.id, locator: cite.locator, label: cite.label };
  const reduced: CiteprocCite = { id: cite.id, locator: cite.locator, label: cite.label, position: cite.position };
  if (!traits.testsIbid && cite.position !== POSITION.first) reduced.position = POSITION.subsequent;
  if (traits.testsNearNote && cite['near-note']) reduced['near-note'] = true;
  if (traits.printsFirstReference && cite['first-reference-note-number'] !== undefined) {
    reduced['first-reference-note-number'] = cite['first-reference-note-number'];
  }
  return reduced;
}

/** citeproc's output (HTML) for each note, in order. */
export function formatNotes(
  engine: CiteprocEngine,
  notes: readonly { sourceId: string; paragraphN: number }[],
  traits: StyleTraits,
): string[] {
  const shared = new Map<string, string>();
  return notePositions(notes, traits.nearNoteDistance).map((positioned) => {
    const cite = reduce(positioned, traits);
    if (!traits.locatorIsText) return engine.makeCitationCluster([cite]);
    const key = JSON.stringify({ ...cite, locator: undefined });
    let template = shared.get(key);
    if (template === undefined) {
      template = engine.makeCitationCluster([{ ...cite, locator: LOCATOR_PLACEHOLDER }]);
      shared.set(key, template);
    }
    return template.replaceAll(LOCATOR_PLACEHOLDER, cite.locator ?? '');
  });
}
