import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from './extract-numbers';

const read = (text: string) => extractNumbers(text).map((n) => [n.kind, n.text, n.value]);

test('amounts of money, years and other numbers, as compromise reads them', () => {
  assert.deepEqual(read('The $5.2 billion S-400 air defence system deal was finalised before CAATSA came into being in 2017.'), [
    ['amount', '$5.2 billion', '$5200000000'],
    ['year', '2017', '2017'],
  ]);
  assert.deepEqual(read('India made an initial payment of $800 million in 2019.'), [
    ['amount', '$800 million', '$800000000'],
    ['year', '2019', '2019'],
  ]);
  assert.deepEqual(read('the remaining 2,500 American forces and a 12% rise, 500 rupees'), [
    ['number', '2,500', '2500'],
    ['number', '12%', '12%'],
    ['amount', '500', '₹500'],
  ]);
});

test('model names and numbers in words are not quantities', () => {
  assert.deepEqual(read('The S-400, F-35 jets, SU-30 fighters and Covid-19.'), []);
  assert.deepEqual(read('The two sides met for the first time.'), []);
});

test('spans mark the words in the text', () => {
  const text = 'A payment of $800 million in 2019, he said.';
  for (const n of extractNumbers(text)) assert.equal(text.slice(n.span.start, n.span.end), n.text);
});
