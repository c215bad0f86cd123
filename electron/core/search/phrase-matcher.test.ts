import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { phraseMatcher } from './phrase-matcher';
import { foldedText } from './tokenize';

test('a phrase must occur as consecutive words, punctuation and case aside', () => {
  const m = phraseMatcher(['foreign minister']);
  assert.equal(m('Russian Foreign Minister Sergei Lavrov'), true);
  assert.equal(m('the foreign-minister’s view'), true);
  assert.equal(m('foreign trade minister'), false);
  assert.equal(m('foreignminister'), false);
  assert.equal(m('the foreign ministers'), false);
});

test('every phrase must occur; accents and curly apostrophes fold like the index', () => {
  const m = phraseMatcher(['russia s energy', 'cafe owners']);
  assert.equal(m('Russia’s energy policy angered the café owners'), true);
  assert.equal(m("Russia's energy policy"), false);
  assert.equal(phraseMatcher(['zurich'])('in Zürich'), true);
  assert.equal(phraseMatcher(['россия'])('Россия и Индия'), true);
});

test('the fast ASCII path agrees with folding the whole text', () => {
  const word = fc.constantFrom('foreign', 'minister', 'Foreign', 'MINISTER', 'café', 'cafe', 'x', '9');
  const sep = fc.constantFrom(' ', '’', '-', ', ', '“', ' — ', '');
  const textArb = fc.array(fc.tuple(word, sep), { maxLength: 8 }).map((a) => a.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(textArb, fc.constantFrom('foreign minister', 'minister foreign', 'cafe', 'x 9', 'minister'), (text, phrase) => {
      assert.equal(phraseMatcher([phrase])(text), foldedText(text).includes(` ${phrase} `));
    }),
    { numRuns: 1000 },
  );
});
