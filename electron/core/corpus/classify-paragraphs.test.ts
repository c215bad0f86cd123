import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyParagraphs } from './classify-paragraphs';

const TITLE = 'Ministers meet in Delhi';

test('title lines (whitespace-insensitive), a short line after a title is its standfirst', () => {
  const kinds = classifyParagraphs(
    [TITLE, 'The two ministers agreed to meet again.', 'Ministers\u00a0meet  in Delhi', 'Short again.', 'Body one.', 'Body two.'],
    { title: TITLE, author: '' },
  );
  assert.deepEqual(kinds, ['title', 'standfirst', 'title', 'standfirst', 'body', 'body']);
});

test('a long first paragraph after the title is body, and an empty title matches nothing', () => {
  const long = `${'India and Russia met. '.repeat(12)}`.trim();
  assert.deepEqual(classifyParagraphs([TITLE, long], { title: TITLE, author: '' }), ['title', 'body']);
  assert.deepEqual(classifyParagraphs([TITLE, 'Short.'], { title: '', author: '' }), ['body', 'body']);
});

test('boilerplate, captions and bylines take precedence over standfirst', () => {
  const kinds = classifyParagraphs(
    [
      'date 2021-04-06 WORLD',
      TITLE,
      'Jane DoeJane Doe',
      'Lavrov in Delhi. / Reuters',
      'Body text that is long enough to be a paragraph.',
      'RECOMMENDED',
      'Sanctions over Russian S-400s',
      'Back to the article body.',
      'Also read: elsewhere',
      'A sub-heading after a read-more link',
    ],
    { title: TITLE, author: 'Jane Doe' },
  );
  assert.deepEqual(kinds, ['byline', 'title', 'byline', 'caption', 'body', 'boilerplate', 'boilerplate', 'body', 'boilerplate', 'body']);
});

test('manifest overrides win over every heuristic', () => {
  const kinds = classifyParagraphs([TITLE, 'Short standfirst.', 'Body.'], {
    title: TITLE,
    author: '',
    overrides: { '1': 'boilerplate', '3': 'caption' },
  });
  assert.deepEqual(kinds, ['boilerplate', 'body', 'caption']);
});
