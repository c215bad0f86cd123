import { expect, test } from './fixtures';
import { nav } from './helpers';

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '[x](javascript:window.__pwned=1)',
  '<svg onload="window.__pwned=1"><circle r="4"/></svg>',
  '<a href="javascript:window.__pwned=1">click</a> <iframe src="javascript:window.__pwned=1"></iframe>',
  '<div style="background:url(javascript:window.__pwned=1)" onclick="window.__pwned=1">styled</div>',
].join('\n\n');

test('hostile markdown in a text block renders inert', async ({ page }) => {
  await nav(page, 'Briefings').click();
  await page.getByLabel('Title of the new briefing').fill('Hostile');
  await page.getByRole('button', { name: 'New briefing' }).click();
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.getByLabel('Text (Markdown)').fill(HOSTILE);
  await page.getByRole('button', { name: 'Done' }).click();

  const block = page.locator('.item-text .markdown');
  await expect(block).toContainText('styled');
  // Give any handler that slipped through every chance to fire.
  await block.getByText('styled').click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  expect(await block.locator('script, iframe, svg, [onerror], [onload], [onclick], [style]').count()).toBe(0);
  const hrefs = await block.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((h) => h && !/^(https?:|mailto:)/.test(h))).toEqual([]);

  // It stays inert after a reload too (rendered again from the stored markdown).
  await page.reload();
  await expect(page.locator('.item-text .markdown')).toContainText('styled');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
