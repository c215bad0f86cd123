import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey } from './name-key';

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
