import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAuthorNames } from './author-names';

test('a personal name is split into given and family names', () => {
  assert.deepEqual(parseAuthorNames('Melis Alemdar'), [{ given: 'Melis', family: 'Alemdar' }]);
  assert.deepEqual(parseAuthorNames('  Sergei   Viktorovich Lavrov '), [{ given: 'Sergei Viktorovich', family: 'Lavrov' }]);
});

test('an inverted name keeps its parts', () => {
  assert.deepEqual(parseAuthorNames('Alemdar, Melis'), [{ family: 'Alemdar', given: 'Melis' }]);
});

test('lists of authors are split on "and", "&", ";" and commas between full names', () => {
  assert.deepEqual(parseAuthorNames('Jane Doe and John Smith'), [
    { given: 'Jane', family: 'Doe' },
    { given: 'John', family: 'Smith' },
  ]);
  assert.deepEqual(parseAuthorNames('Jane Doe, John Smith, and Ann Lee'), [
    { given: 'Jane', family: 'Doe' },
    { given: 'John', family: 'Smith' },
    { given: 'Ann', family: 'Lee' },
  ]);
  assert.deepEqual(parseAuthorNames('Doe, Jane; Smith, John'), [
    { family: 'Doe', given: 'Jane' },
    { family: 'Smith', given: 'John' },
  ]);
  assert.equal(parseAuthorNames('Jane Doe & John Smith').length, 2);
});

test('organisations and one-word bylines stay whole, as literals', () => {
  assert.deepEqual(parseAuthorNames('Reuters'), [{ literal: 'Reuters' }]);
  assert.deepEqual(parseAuthorNames('Press Trust of India'), [{ literal: 'Press Trust of India' }]);
  assert.deepEqual(parseAuthorNames('TRT World'), [{ literal: 'TRT World' }]);
  assert.deepEqual(parseAuthorNames('Express News Service'), [{ literal: 'Express News Service' }]);
});

test('an empty author gives no names', () => {
  assert.deepEqual(parseAuthorNames(''), []);
  assert.deepEqual(parseAuthorNames('   '), []);
});
