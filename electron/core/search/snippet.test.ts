import assert from 'node:assert/strict';
import test from 'node:test';
import type { SnippetPart } from '../../shared/types';
import { ELLIPSIS, snippet } from './snippet';

const LONG =
  'New Delhi: Despite pressure from the US, India and Russia on Tuesday decided to further deepen their defence cooperation, ' +
  'with Moscow planning to set up a manufacturing unit producing Russian arms under the ‘Make in India’ initiative. ' +
  'This was decided during a bilateral meeting between External Affairs Minister S. Jaishankar and Russian Foreign Minister ' +
  'Sergei Lavrov in Delhi. Lavrov was on a hurricane tour to India and left for Islamabad later in the day.';

const marked = (parts: SnippetPart[]) => parts.filter((p) => p.match).map((p) => p.text);
const render = (parts: SnippetPart[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

/** The parts between the ellipses, glued back, are one slice of the original text. */
function assertSliceOfOriginal(parts: SnippetPart[], text: string) {
  const inner = parts.filter((p, i) => !(p.text === ELLIPSIS && (i === 0 || i === parts.length - 1)));
  const joined = inner.map((p) => p.text).join('');
  assert.ok(text.includes(joined), `not a slice of the original: ${joined}`);
}

test('a short paragraph is shown whole, with each match marked', () => {
  const text = 'Lavrov met Jaishankar. Lavrov smiled.';
  const parts = snippet(text, 'lavrov');
  assert.equal(parts.map((p) => p.text).join(''), text);
  assert.deepEqual(marked(parts), ['Lavrov', 'Lavrov']);
});

test('a long paragraph is cut around the best match, on word boundaries, with ellipses', () => {
  const parts = snippet(LONG, '"foreign minister" sergei lavr');
  assert.equal(parts[0]?.text, ELLIPSIS);
  assert.equal(parts.at(-1)?.text, ELLIPSIS);
  assertSliceOfOriginal(parts, LONG);
  const body = parts.slice(1, -1).map((p) => p.text).join('');
  assert.ok(body.length <= 160, `window of ${body.length} chars`);
  // Starts and ends on whole words.
  const start = LONG.indexOf(body);
  assert.ok(start === 0 || /\s/.test(LONG.charAt(start - 1)));
  assert.ok(/\s/.test(LONG.charAt(start + body.length)) || start + body.length === LONG.length);
  assert.deepEqual(marked(parts), ['Foreign Minister', 'Sergei', 'Lavrov', 'Lavrov']);
});

test('the window prefers the stretch showing the most different query words', () => {
  const parts = snippet(LONG, 'india lavrov hurricane ');
  const shown = new Set(marked(parts).map((m) => m.toLowerCase()));
  assert.deepEqual([...shown].sort(), ['hurricane', 'india', 'lavrov']);
});

test('highlights sit on the original characters: curly apostrophes, accents, decomposed letters', () => {
  const text = 'Sanctions against Russia’s energy sector hit the café owners of Zürich and Kraków (Krako\u0301w).';
  assert.deepEqual(marked(snippet(text, "russia's zurich cafe krakow ")), ['Russia’s', 'café', 'Zürich', 'Kraków', 'Krako\u0301w']);
  assert.equal(render(snippet('Erdoğan spoke.', 'erdog')), '[Erdoğan] spoke.');
});

test('no query, or no match, shows the opening words without marks', () => {
  for (const q of ['', 'zanzibar']) {
    const parts = snippet(LONG, q, { maxChars: 60 });
    assert.deepEqual(marked(parts), []);
    assert.ok(LONG.startsWith(parts[0]?.text ?? 'x'));
    assert.equal(parts.at(-1)?.text, ELLIPSIS);
    assert.ok((parts[0]?.text.length ?? 99) <= 60);
  }
});

test('maxChars sets the window size', () => {
  const parts = snippet(LONG, 'islamabad', { maxChars: 40 });
  const body = parts.filter((p) => p.text !== ELLIPSIS).map((p) => p.text).join('');
  assert.ok(body.length <= 40, body);
  assert.deepEqual(marked(parts), ['Islamabad']);
});
