import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesAgree, datesComparable, extractDates } from './extract-dates';

const APRIL_6 = new Date('2021-04-06T12:00:00Z');
const values = (text: string): string[] => extractDates(text, APRIL_6).map((d) => d.value);

test('relative times resolve against the publication date', () => {
  assert.deepEqual(values('S-400s would be discussed at a meeting of defense ministers later in the year.'), ['2021']);
  assert.deepEqual(values('The summit will take place later this year.'), ['2021']);
  assert.deepEqual(values('The defense ministers would discuss the S-400 missile system next year.'), ['2022']);
  assert.deepEqual(values('The ministers would meet at the end of this year on the S-400.'), ['2021-12-31']);
  assert.deepEqual(values('Last year was the first time since 2000.'), ['2020']);
});

test('absolute dates keep only the parts they state; weekdays alone are left out', () => {
  assert.deepEqual(values('New Delhi had in August 2019 abrogated Article 370.'), ['2019-08']);
  assert.deepEqual(values('Due for delivery in December.'), ['--12']);
  assert.deepEqual(values('They met on 6 April 2021.'), ['2021-04-06']);
  assert.deepEqual(values('They met in Delhi on Tuesday.'), []);
});

test('spans mark the words, without trailing dashes', () => {
  const text = 'due for delivery in December -- has raised the risk';
  const [d] = extractDates(text, APRIL_6);
  assert.ok(d);
  assert.equal(text.slice(d.span.start, d.span.end), d.text);
  assert.equal(d.text, 'December');
});

test('date values compare on the parts both state', () => {
  assert.ok(datesAgree('2021', '2021-12-31'));
  assert.ok(!datesAgree('2021', '2022'));
  assert.ok(!datesAgree('2017', '2016'));
  assert.ok(datesAgree('--12', '2021-12'));
  assert.ok(!datesComparable('--12', '2017'), 'a month and a year say nothing about each other');
  assert.ok(!datesAgree('--12', '2017'));
});
