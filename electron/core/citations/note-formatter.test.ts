import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { plugins } from '@citation-js/core';
import type { CiteprocEngine, CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { formatNotes, styleTraits } from './note-formatter';
import { notePositions } from './note-positions';

const csl = plugins.config.get('@csl');
const CHICAGO = readFileSync(new URL('../../../resources/styles/dossier-chicago-notes.csl', import.meta.url), 'utf8');

/** A note style that tests every position and prints the first-reference note number. */
const EVERY_POSITION = `<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>Every position</title><id>every-position</id></info>
  <citation near-note-distance="2"><layout suffix=".">
    <choose>
      <if position="ibid-with-locator"><group delimiter=" "><text value="Ibid.,"/><text variable="locator"/></group></if>
      <else-if position="ibid"><text value="Ibid"/></else-if>
      <else-if position="near-note"><group delimiter=" "><text variable="title"/><text variable="first-reference-note-number" prefix="(near n. " suffix=")"/><text variable="locator"/></group></else-if>
      <else-if position="subsequent"><group delimiter=" "><text variable="title"/><text value="far"/><text variable="locator"/></group></else-if>
      <else><group delimiter=", "><text variable="title"/><text variable="locator"/></group></else>
    </choose>
  </layout></citation>
</style>`;
const ORDINAL = EVERY_POSITION.replace('<text variable="locator"/></group></if>', '<number variable="locator" form="ordinal"/></group></if>');

const ITEMS: CslItem[] = ['a', 'b', 'c'].map((id) => ({
  id,
  type: 'article-newspaper',
  title: `Title ${id.toUpperCase()}`,
  author: [{ family: 'Doe', given: 'Jane' }],
  issued: { 'date-parts': [[2021, 4, 6]] },
}));
const NOTES = (
  [
    ['a', 1], ['a', 1], ['a', 2], ['b', 3], ['a', 2], ['c', 1], ['b', 3], ['b', 4], ['c', 9], ['a', 11],
    ['a', 12], ['b', 3], ['c', 1], ['c', 1], ['a', 1], ['b', 20], ['a', 7], ['c', 2], ['b', 3], ['a', 7],
  ] as const
).map(([sourceId, paragraphN]) => ({ sourceId, paragraphN }));

function engineFor(xml: string, key: string): { engine: CiteprocEngine; calls: () => number } {
  csl.styles.set(key, xml);
  const engine = csl.engine(ITEMS, key, 'en-US', 'html');
  engine.updateItems(ITEMS.map((i) => i.id));
  let calls = 0;
  const make = engine.makeCitationCluster.bind(engine);
  engine.makeCitationCluster = (cites) => {
    calls += 1;
    return make(cites);
  };
  return { engine, calls: () => calls };
}

/** One citeproc call per note with every position fact: what formatNotes must reproduce. */
function oneByOne(xml: string, key: string): string[] {
  const { engine } = engineFor(xml, key);
  return notePositions(NOTES, styleTraits(xml).nearNoteDistance).map((cite) => engine.makeCitationCluster([cite]));
}

for (const [name, xml] of Object.entries({ chicago: CHICAGO, apa: csl.styles.get('apa') as string, everyPosition: EVERY_POSITION, ordinal: ORDINAL })) {
  test(`${name}: sharing calls gives exactly what formatting note by note gives`, () => {
    const expected = oneByOne(xml, `test-${name}-1`);
    const { engine } = engineFor(xml, `test-${name}-2`);
    assert.deepEqual(formatNotes(engine, NOTES, styleTraits(xml)), expected);
  });
}

test('each position reads as the style says', () => {
  const { engine } = engineFor(EVERY_POSITION, 'show-every-position');
  assert.deepEqual(formatNotes(engine, NOTES.slice(0, 8), styleTraits(EVERY_POSITION)), [
    'Title A, 1.',
    'Ibid.',
    'Ibid., 2.',
    'Title B, 3.',
    'Title A (near n. 1) 2.',
    'Title C, 1.',
    'Title B far 3.',
    'Ibid., 4.',
  ]);
});

test('the calls made follow what the style tests', () => {
  const count = (xml: string, key: string) => {
    const { engine, calls } = engineFor(xml, key);
    formatNotes(engine, NOTES, styleTraits(xml));
    return calls();
  };
  assert.equal(count(csl.styles.get('apa') as string, 'count-apa'), 3, 'APA tests no position: one call per source');
  assert.equal(count(CHICAGO, 'count-chicago'), 6, 'Chicago tests first/subsequent: two per source');
  assert.equal(count(ORDINAL, 'count-ordinal'), NOTES.length, 'a locator formatted as a number is never shared');
});

test('style traits are read from the CSL', () => {
  assert.deepEqual(styleTraits(CHICAGO), {
    nearNoteDistance: 5,
    testsPosition: true,
    testsIbid: false,
    testsNearNote: false,
    printsFirstReference: false,
    locatorIsText: true,
  });
  assert.deepEqual(styleTraits(ORDINAL), {
    nearNoteDistance: 2,
    testsPosition: true,
    testsIbid: true,
    testsNearNote: true,
    printsFirstReference: true,
    locatorIsText: false,
  });
});
