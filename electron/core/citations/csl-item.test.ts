import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceMeta } from '../../shared/types';
import { shortTitle, toCslItem, UNTITLED_DESCRIPTION } from './csl-item';

const source = (patch: Partial<SourceMeta> = {}): SourceMeta => ({
  id: 's1',
  title: 'Russia in talks to manufacture military equipment in India',
  outlet: 'TRT World',
  author: 'Melis Alemdar',
  published: '2021-04-06',
  url: 'https://www.trtworld.com/asia/russia-in-talks',
  language: 'en',
  ...patch,
});

test('every known detail becomes its CSL variable', () => {
  assert.deepEqual(toCslItem(source(), 'genre'), {
    id: 's1',
    type: 'article-newspaper',
    title: 'Russia in talks to manufacture military equipment in India',
    'title-short': 'Russia in talks',
    'container-title': 'TRT World',
    author: [{ given: 'Melis', family: 'Alemdar' }],
    issued: { 'date-parts': [[2021, 4, 6]] },
    URL: 'https://www.trtworld.com/asia/russia-in-talks',
    language: 'en',
  });
});

test('unknown details are left out, never filled with placeholders', () => {
  const item = toCslItem(source({ title: '', outlet: '', author: '', published: '', url: '', language: '' }), 'genre');
  assert.deepEqual(item, { id: 's1', type: 'article-newspaper', genre: UNTITLED_DESCRIPTION });
});

test('an untitled source is described as a genre for bundled styles and as a title for user styles', () => {
  assert.equal(toCslItem(source({ title: ' ' }), 'genre').genre, 'Untitled article');
  assert.equal(toCslItem(source({ title: ' ' }), 'genre').title, undefined);
  assert.equal(toCslItem(source({ title: '' }), 'title').title, 'Untitled article');
  assert.equal(toCslItem(source({ title: '' }), 'title').genre, undefined);
});

test('partial dates keep only the parts that are known; malformed dates are dropped', () => {
  assert.deepEqual(toCslItem(source({ published: '2021-04' }), 'genre').issued, { 'date-parts': [[2021, 4]] });
  assert.deepEqual(toCslItem(source({ published: '2021' }), 'genre').issued, { 'date-parts': [[2021]] });
  assert.equal(toCslItem(source({ published: 'April 2021' }), 'genre').issued, undefined);
});

test('only http(s) URLs are cited', () => {
  assert.equal(toCslItem(source({ url: 'javascript:alert(1)' }), 'genre').URL, undefined);
});

test('whitespace in details is collapsed', () => {
  assert.equal(toCslItem(source({ outlet: '  The \n Print ' }), 'genre')['container-title'], 'The Print');
});

test('short titles keep at most four words and drop a leading article and dangling words', () => {
  assert.equal(shortTitle('Russia in talks to manufacture military equipment in India'), 'Russia in talks');
  assert.equal(shortTitle('Russia, India Non-Committal On S-400 Missile System Delivery'), 'Russia, India Non-Committal');
  assert.equal(shortTitle('The White and Gold Dress That Broke the Internet'), 'White and Gold Dress');
  assert.equal(shortTitle('India desperate to get S-400, what is Russia saying?'), 'India desperate to get');
  assert.equal(shortTitle('A Short Title Here'), undefined);
  assert.equal(shortTitle('Four words only here'), undefined);
});
