import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Notebook } from './open-notebook';
import { openTestNotebook, P, tempDir } from './notebook-test-kit';

const DESPERATE = 'india-desperate-to-get-s-400';
const out = tempDir();
let saved = 0;
let nb: Notebook;
let briefingId = '';

before(async () => {
  nb = await openTestNotebook({ ports: { pickSavePath: async (name) => join(out, `${saved++}-${name}`) } });
  const b = await nb.createBriefing({ title: 'Who reports what', author: 'Desk' });
  briefingId = b.id;
  await nb.addQuote({ briefingId, paragraphId: P.ndtvLavrovQuote });
  await nb.addQuote({ briefingId, paragraphId: P.ndtvDefenceMinisters, comment: 'When, exactly?' });
  await nb.addQuote({ briefingId, paragraphId: 'russia-india-non-committal-on-s-400:p13' });
});
after(() => nb.close());

test('the corroboration options are off by default, and each adds its own part', async () => {
  const plain = (await nb.previewExport({ briefingId, format: 'md' })).content;
  assert.doesNotMatch(plain, /Also reported by|Source agreement/);
  const also = (await nb.previewExport({ briefingId, format: 'md', alsoReported: true })).content;
  assert.match(also, /^\[\^1\]: .*para\. 8\. Also reported by: .*“India desperate to get S-400, what is Russia saying\?” \(April 6, 2021\), ¶\u00a06/m);
  assert.match(also, /^\[\^3\]: [^\n]*para\. 13\.$/m, 'the vaccine paragraph: nobody else reports it');
  assert.doesNotMatch(also, /## Source agreement/);
  const both = (await nb.previewExport({ briefingId, format: 'md', alsoReported: true, agreement: true })).content;
  assert.match(both, /\n## Source agreement\n[\s\S]*### Date, note 2\n[\s\S]*\| 4 \| .*\*\*next year\*\*/);
});

test("the user's source edits are the short forms in \"Also reported by\" and the appendix", async () => {
  await nb.editSourceDetails({ id: DESPERATE, patch: { outlet: 'Example Daily' } });
  try {
    const md = (await nb.previewExport({ briefingId, format: 'md', alsoReported: true, agreement: true })).content;
    assert.match(md, /Also reported by: Example Daily \(April 6, 2021\), ¶\u00a06/);
    assert.match(md, /^\| Example Daily \(April 6, 2021\) \| 4 \|/m);
  } finally {
    await nb.resetSourceDetails({ id: DESPERATE });
  }
});

test('HTML and PDF carry both: the notes and a "Source agreement" appendix, side by side', async () => {
  const html = (await nb.previewExport({ briefingId, format: 'html', alsoReported: true, agreement: true })).content;
  assert.match(html, /<span class="also">Also reported by: /);
  assert.match(html, /<section class="appendix"><h2 class="section">Source agreement<\/h2>/);
  assert.match(html, /<tr class="quoted"><td class="src">“Russia, India Non-Committal On S-400 Missile System Delivery” \(April 6, 2021\)<span class="tag">Quoted, note 2<\/span>/);
  assert.match(html, /<b class="diff">next year<\/b>/);

  const r = await nb.exportBriefing({ briefingId, format: 'pdf', alsoReported: true, agreement: true });
  assert.ok(r.path);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', r.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(readFileSync(r.path).subarray(0, 5).toString() === '%PDF-');
  assert.match(text, /Also reported by: “India desperate to get S-400, what is Russia saying\?” \(April 6, 2021\), ¶ 6/);
  assert.match(text, /SOURCE AGREEMENT/);
  assert.match(text, /Quoted, note 2/);
  assert.match(text, /would discuss the S-400 missile system next year/);
  assert.match(text, /\d \/ \d/, 'page numbers');
});
