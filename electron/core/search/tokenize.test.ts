import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { terms, tokenize } from './tokenize';

test('folds case, diacritics and letters without a decomposition', () => {
  assert.deepEqual(terms('Erdoğan Kraków Zürich café NAÏVE'), ['erdogan', 'krakow', 'zurich', 'cafe', 'naive']);
  assert.deepEqual(terms('Straße Æsir Œuvre Øresund Łódź'), ['strasse', 'aesir', 'oeuvre', 'oresund', 'lodz']);
  assert.deepEqual(terms('Ёлка Россия'), ['елка', 'россия']);
  assert.deepEqual(terms('ΟΔΟΣ Αθηνών'), ['οδοσ', 'αθηνων']);
  assert.deepEqual(terms('οδος'), terms('ΟΔΟΣ'));
  // Decomposed input (e + combining acute) folds like the precomposed letter.
  assert.deepEqual(terms('cafe\u0301'), terms('café'));
  assert.deepEqual(terms('ﬁnance ①'), ['finance', '1']);
});

test('apostrophes (straight, curly, modifier letter) and punctuation split words alike', () => {
  const expected = ['russia', 's', 'war'];
  assert.deepEqual(terms("Russia's war"), expected);
  assert.deepEqual(terms('Russia’s war'), expected);
  assert.deepEqual(terms('Russiaʼs war'), expected);
  assert.deepEqual(terms('“S-400”, U.S.-made…'), ['s', '400', 'u', 's', 'made']);
  assert.deepEqual(terms(' \n\t—…'), []);
});

test('token offsets point into the original text, whatever the folding did', () => {
  const text = 'İstanbul’s “CAFÉ” Ǆemal e\u0301te 😀 Lavrov';
  const toks = tokenize(text);
  assert.deepEqual(
    toks.map((t) => t.term),
    ['istanbul', 's', 'cafe', 'dzemal', 'ete', 'lavrov'],
  );
  assert.deepEqual(
    toks.map((t) => text.slice(t.start, t.end)),
    ['İstanbul', 's', 'CAFÉ', 'Ǆemal', 'e\u0301te', 'Lavrov'],
  );
});

test('terms() is tokenize() without offsets, and each token slice folds to its term', () => {
  const alphabet = fc.constantFrom(...'aZ9 ’\'“”-.,éÉßİıǄ\u0301\u02bcЁж😀\u00a0\n'.split(''), '😀');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      const toks = tokenize(text);
      assert.deepEqual(terms(text), toks.map((t) => t.term));
      // Each token's original slice folds to exactly that token.
      for (const t of toks) assert.deepEqual(terms(text.slice(t.start, t.end)), [t.term]);
    }),
    { numRuns: 500 },
  );
});

test('tokenize and terms agree on any mix of ASCII, punctuation, quotes and accents', () => {
  const chars = fc.constantFrom(...'aZ9 .,-’\'“”éÉßİ\u0301x\u00a0Ω'.split(''));
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      const tokens = tokenize(text);
      assert.deepEqual(tokens.map((t) => t.term), terms(text));
      for (const t of tokens) assert.ok(t.start < t.end && t.end <= text.length);
    }),
    { numRuns: 500 },
  );
});
