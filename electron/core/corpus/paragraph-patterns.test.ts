import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  authorNames,
  isBoilerplate,
  isCaption,
  isCreditLine,
  isDateLine,
  isHeadlineLike,
  isRelatedLinksLabel,
  mentionsAuthor,
} from './paragraph-patterns';

const BODY = [
  'New Delhi: Despite pressure from the US, India and Russia Tuesday decided to further deepen their defence cooperation.',
  'By the end of 2021, India will buy more.',
  'India made an initial payment of $800 million in 2019, and the first set of missile batteries are expected.',
  'Russia ‘key’ to India’s Indo-Pacific initiative',
  'Discussed preparations for the Annual Summit later this year. pic.twitter.com/oFHUrxbtng',
  'The meeting on April 6, 2021 between the two foreign ministers covered the S-400 deal and vaccines.',
  'Yes.',
];

test('boilerplate: read-more links, comment prompts, source lines, punctuation, one-word labels', () => {
  for (const s of [
    'Also read: Ladakh shows Russia won’t choose between India and China',
    'READ MORE:India, US pledge to expand defence ties',
    'Read also: something',
    'Post a Comment',
    'SOURCE:Reuters',
    'Sources: AP, AFP',
    'Advertisement',
    'ADVERTISEMENT - scroll to continue',
    'Subscribe to our newsletter',
    '.',
    '* * *',
    '—',
    'Diplomacy',
    'WORLD',
    'RECOMMENDED',
  ]) {
    assert.ok(isBoilerplate(s), s);
  }
  for (const s of BODY) assert.ok(!isBoilerplate(s), s);
});

test('related-link labels introduce headline-like lines', () => {
  assert.ok(isRelatedLinksLabel('RECOMMENDED'));
  assert.ok(isRelatedLinksLabel('Related stories'));
  assert.ok(!isRelatedLinksLabel('Diplomacy'));
  assert.ok(isHeadlineLike('Sanctions over Russian S-400s'));
  assert.ok(!isHeadlineLike('Lavrov said the talks went well.'));
  assert.ok(!isHeadlineLike('x'.repeat(101)));
});

test('captions: pipe and slash photo credits, (Photo: …), tweet attributions', () => {
  for (const s of [
    'Lavrov and Jaishankar in New Delhi on 6 April 2021 | Twitter | @DrSJaishankar',
    'Ministers pose for a picture in New Delhi, on April 6, 2021. / Reuters',
    'Lavrov arrives in Delhi (Photo: AFP)',
    'Photo: Lavrov in Delhi',
    '— Dr. S. Jaishankar (@DrSJaishankar) April 6, 2021',
  ]) {
    assert.ok(isCaption(s), s);
  }
  for (const s of BODY) assert.ok(!isCaption(s), s);
  assert.ok(!isCaption('Washington and Delhi | a difficult relationship'));
});

test('bylines: short datelines, credit lines, lines carrying the author name', () => {
  for (const s of ['This Article is From Apr 06, 2021', 'Tuesday, April 06, 2021', 'date 2021-04-06 WORLD', 'April 6, 2021', 'Updated: 6 April 2021 10:15 IST']) {
    assert.ok(isDateLine(s), s);
  }
  for (const s of BODY) assert.ok(!isDateLine(s), s);
  assert.ok(!isDateLine('Lavrov and Jaishankar met in Delhi on April 6, 2021 to talk about it all'));

  for (const s of ['(Edited by Debalina Dey)', 'Reporting by Jane Doe; Editing by John Roe', 'By Melis Alemdar', 'By Jane Doe and John Roe']) {
    assert.ok(isCreditLine(s), s);
  }
  for (const s of BODY) assert.ok(!isCreditLine(s), s);

  assert.deepEqual(authorNames('Jane Doe, John Roe and Al Li'), ['Jane Doe', 'John Roe', 'Al Li']);
  assert.deepEqual(authorNames(''), []);
  assert.ok(mentionsAuthor('Melis AlemdarMelis Alemdar', ['Melis Alemdar']));
  assert.ok(!mentionsAuthor('Melis AlemdarMelis Alemdar', []));
  assert.ok(!mentionsAuthor(`Melis Alemdar ${'wrote a very long sentence '.repeat(6)}`, ['Melis Alemdar']));
});
