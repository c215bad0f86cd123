import type { Page } from '@playwright/test';
import { nb, SOURCE } from './helpers';

/** A small, realistic notebook made through the same bridge the UI uses: nested tags, a briefing. */
export async function seedNotebook(page: Page): Promise<{ briefingId: string; tagId: string }> {
  const defence = await nb(page, 'createTag', { name: 'Defence', color: '#2563eb' });
  const s400 = await nb(page, 'createTag', { name: 'S-400', color: '#dc2626', parentId: defence.id });
  const sanctions = await nb(page, 'createTag', { name: 'Sanctions risk', color: '#d97706' });
  await nb(page, 'createTag', { name: 'Vaccines', color: '#059669' });
  const tag = (paragraphId: string, tagId: string) => nb(page, 'tagParagraph', { paragraphId, tagId });
  await tag(`${SOURCE.ndtv.id}:p6`, s400.id);
  await tag(`${SOURCE.ndtv.id}:p7`, sanctions.id);
  await tag(`${SOURCE.ndtv.id}:p8`, defence.id);
  await tag(`${SOURCE.ndtv.id}:p8`, s400.id);
  await tag(`${SOURCE.print.id}:p9`, defence.id);
  await tag(`${SOURCE.trt.id}:p3`, s400.id);

  const b = await nb(page, 'createBriefing', { title: 'S-400 delivery: where things stand', author: 'A. Analyst' });
  await nb(page, 'addHeading', { briefingId: b.id, text: 'The delivery question' });
  await nb(page, 'addQuote', { briefingId: b.id, paragraphId: `${SOURCE.ndtv.id}:p6`, comment: 'Both sides avoid a date.' });
  await nb(page, 'addQuote', { briefingId: b.id, paragraphId: `${SOURCE.ndtv.id}:p7` });
  await nb(page, 'addText', {
    briefingId: b.id,
    markdown: 'The **waiver** question is open. See [the CAATSA text](https://www.congress.gov/bill/115th-congress/house-bill/3364).',
  });
  await nb(page, 'addHeading', { briefingId: b.id, text: 'Industrial cooperation' });
  await nb(page, 'addQuote', { briefingId: b.id, paragraphId: `${SOURCE.print.id}:p9` });
  await nb(page, 'createBriefing', { title: 'Vaccine diplomacy' });
  return { briefingId: b.id, tagId: s400.id };
}
