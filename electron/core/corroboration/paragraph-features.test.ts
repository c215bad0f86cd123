import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTermHashes } from './content-terms';
import { nameKey } from './name-key';
import { paragraphFeatures, termSet } from './paragraph-features';

test('a sentence with a quotation is reduced to the quoted words; the speaker is kept apart', () => {
  const f = paragraphFeatures('"We reiterated our commitment to military-technical cooperation," Russian foreign minister Sergei Lavrov said after discussions with Subrahmanyam Jaishankar.');
  assert.deepEqual(f.units, [termSet(contentTermHashes('We reiterated our commitment to military-technical cooperation'))]);
  assert.deepEqual(f.quotedUnits, f.units);
  assert.equal(f.quotes.length, 1);
  assert.deepEqual(f.speakers, [nameKey('Lavrov')]);
  assert.ok(f.terms.length > (f.units[0]?.length ?? 0), 'the terms keep the attribution');
});

test('sentences without quotations stay whole; a short one joins its neighbour', () => {
  const text = 'India and Russia vowed to deepen military-technical cooperation. It was Tuesday. The S-400 deal is worth $5.2 billion and irks Washington.';
  const f = paragraphFeatures(text);
  assert.equal(f.units.length, 2);
  assert.equal(f.quotes.length, 0);
  assert.deepEqual(f.speakers, [], 'speakers are only looked for when there is a quotation');
  assert.deepEqual(f.terms, termSet(contentTermHashes(text)));
});

test('scare quotes are not quotations to compare; too short a paragraph has no unit', () => {
  const f = paragraphFeatures('Jaishankar called Moscow a “key partner” in the talks on Tuesday in Delhi.');
  assert.equal(f.quotes.length, 0);
  assert.equal(f.units.length, 1);
  assert.equal(paragraphFeatures('Moscow format of talks').units.length, 0);
});

test('termSet sorts and removes duplicates', () => {
  assert.deepEqual([...termSet([5, -2, 5, 9, -2])], [-2, 5, 9]);
});

test('a sentence that packs two facts adds its clauses as units; quoted units are marked', () => {
  const text = 'India and Russia sidestepped questions on the pending delivery of the S-400 system and vowed to deepen military-technical cooperation following the meeting. "We reiterated our commitment to military-technical cooperation," Lavrov said.';
  const f = paragraphFeatures(text);
  const sentence = termSet(contentTermHashes(text.slice(0, text.indexOf(' "'))));
  const clause = termSet(contentTermHashes('and vowed to deepen military-technical cooperation following the meeting.'));
  assert.ok(f.units.some((u) => u.join() === sentence.join()), 'the whole sentence');
  assert.ok(f.units.some((u) => u.join() === clause.join()), 'its second clause');
  assert.equal(f.unitQuoted.length, f.units.length);
  assert.deepEqual(f.units.filter((_, i) => f.unitQuoted[i] === 1), f.quotedUnits);
  assert.equal(f.quotedUnits.length, 1);
});
