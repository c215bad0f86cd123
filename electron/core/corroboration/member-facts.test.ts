import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memberFacts } from './member-facts';

const APRIL_6 = new Date('2021-04-06T12:00:00Z');

test('collects dates (with bare years), numbers, amounts, names and speakers of a paragraph', () => {
  const f = memberFacts('The former Trump administration had denied India a waiver from a 2017 U.S. law, due in December, Jayashankar said of the $5.2 billion deal and 2,500 troops.', APRIL_6);
  assert.deepEqual(f.dates.map((d) => d.value), ['2017', '--12']);
  assert.deepEqual(f.amounts.map((d) => d.value), ['$5200000000']);
  assert.deepEqual(f.numbers.map((d) => d.value), ['2500']);
  assert.deepEqual(f.speakers.map((s) => s.text), ['Jayashankar']);
  assert.ok(f.names.some((n) => n.text === 'Jayashankar'), 'a speaker at a sentence start is a name too');
});

test('a year inside a date is not counted twice', () => {
  const f = memberFacts('New Delhi had in August 2019 abrogated Article 370.', APRIL_6);
  assert.deepEqual(f.dates.map((d) => d.value), ['2019-08']);
});
