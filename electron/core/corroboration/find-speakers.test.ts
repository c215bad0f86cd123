import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSpeakers } from './find-speakers';

const names = (text: string): string[] => findSpeakers(text).map((s) => s.name);

test('finds who spoke, before or after the verb, outside the quotations', () => {
  assert.deepEqual(names('"We reiterated our commitment," Russian foreign minister Sergei Lavrov said after discussions with Subrahmanyam Jaishankar.'), ['Lavrov']);
  assert.deepEqual(names('“Here I didn’t see any changes,” said Lavrov.'), ['Lavrov']);
  assert.deepEqual(names('Lavrov and Jaishankar both said the decision will be discussed.'), ['Lavrov', 'Jaishankar']);
  assert.deepEqual(names('At the end of the meeting, S Jayashankar said that the defense ministers would meet.'), ['Jayashankar']);
});

test('pronouns, listeners and speech verbs inside quotations are not speakers', () => {
  assert.deepEqual(names('“With India, we do not discuss these statements,” he added.'), []);
  assert.deepEqual(names('Washington, meanwhile, has warned Delhi that it could face US sanctions.'), []);
  assert.deepEqual(names('“It wasn’t me who said the US exercised pressure,” he said.'), []);
});

test('spans point at the name and keys tolerate spelling', () => {
  const text = 'Mr Jayashankar said so.';
  const [s] = findSpeakers(text);
  assert.ok(s);
  assert.equal(text.slice(s.span.start, s.span.end), 'Jayashankar');
  assert.equal(s.key, findSpeakers('Jaishankar said so.')[0]?.key);
});
