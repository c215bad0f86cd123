import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayDate } from './display-date';

test('ISO dates and timestamps print as "Month d, yyyy", with no time zone shift; others are empty', () => {
  assert.equal(displayDate('2021-04-06'), 'April 6, 2021');
  assert.equal(displayDate('2021-12-31T23:59:59.000-10:00'), 'December 31, 2021');
  assert.equal(displayDate(''), '');
  assert.equal(displayDate('6 April 2021'), '');
  assert.equal(displayDate('2021-13-01'), '');
});
