import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, foldName, nameKey, sameName } from './name-key';

test('transliteration variants share a key', () => {
  assert.equal(nameKey('Jaishankar'), nameKey('Jayashankar'));
  assert.equal(nameKey('Sergei'), nameKey('Sergey'));
  assert.equal(nameKey('Zoë'), nameKey('Zoe'));
});

test('different names keep different keys', () => {
  assert.notEqual(nameKey('Lavrov'), nameKey('Jaishankar'));
  assert.notEqual(nameKey('Putin'), nameKey('Modi'));
  assert.equal(nameKey('—'), '');
});

test('edit distance and folding', () => {
  assert.equal(editDistance('sergei', 'sergey'), 1);
  assert.equal(editDistance('jaishankar', 'jayashankar'), 2);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(foldName('O’Neill'), 'oneill');
});

test('spelling variants of one name are the same name, word by word', () => {
  for (const [a, b] of [
    ['Sergei', 'Sergey'],
    ['Jaishankar', 'Jayashankar'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Mohammed', 'Muhammad'],
    ['Gaddafi', 'Qaddafi'],
    ['Tchaikovsky', 'Chaikovsky'],
    ['Zoë', 'Zoe'],
  ]) assert.ok(sameName(a as string, b as string), `${a} / ${b}`);
});

test('names of different people or places are not the same name', () => {
  for (const [a, b] of [
    ['Lavrov', 'Jaishankar'],
    ['Afghanistan', 'Pakistan'],
    ['Sergei Lavrov', 'Sergei Shoigu'],
    ['Sergei Lavrov', 'Lavrov'],
    ['Hasan', 'Hussein'],
    ['Putin', 'Modi'],
    ['', 'Modi'],
  ]) assert.ok(!sameName(a as string, b as string), `${a} / ${b}`);
});
