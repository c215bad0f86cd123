import type { Locator, Page } from '@playwright/test';
import type { NotebookApi, NotebookMethod } from '../electron/shared/api';
import { expect } from './fixtures';

type Value<K extends NotebookMethod> = Awaited<ReturnType<NotebookApi[K]>>;

/** Calls window.notebook from the page (the same bridge the UI uses), for seeding and checks. */
export async function nb<K extends NotebookMethod>(page: Page, method: K, ...args: Parameters<NotebookApi[K]>): Promise<Value<K>> {
  type Envelope = { ok: boolean; value?: unknown; error?: { message: string } };
  const r = await page.evaluate(([m, input]) => {
    const bridge = (window as unknown as { notebook: Record<string, (i: unknown) => Promise<Envelope>> }).notebook;
    const fn = bridge[m];
    if (!fn) throw new Error(`window.notebook has no method ${m}`);
    return fn(input);
  }, [method as string, args[0]] as const);
  if (!r.ok) throw new Error(`${method} failed: ${r.error?.message}`);
  return r.value as Value<K>;
}

export const SOURCE = {
  ndtv: { id: 'russia-india-non-committal-on-s-400', title: 'Russia, India Non-Committal On S-400 Missile System Delivery' },
  print: { id: 'india-russia-firm-on-s-400-deal', title: 'India, Russia firm on S-400 missiles deal' },
  trt: { id: 'russia-talks-military-equipment-india', title: 'Russia in talks to manufacture military equipment in India' },
} as const;

export const nav = (page: Page, name: 'Sources' | 'Tags' | 'Claims' | 'Briefings') =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

export async function openSource(page: Page, title: string): Promise<void> {
  await nav(page, 'Sources').click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

export const paragraph = (page: Page, n: number) => page.getByRole('listitem', { name: `¶ ${n}`, exact: true });

/** Tags a paragraph in the open reader through the combobox. */
export async function tagParagraph(page: Page, n: number, tag: string, how: 'create' | 'existing'): Promise<void> {
  await page.getByRole('button', { name: `Tag ¶ ${n}`, exact: true }).click();
  const box = page.getByRole('combobox', { name: `Tag ¶ ${n}` });
  await box.fill(tag);
  const option = how === 'create' ? page.getByRole('option', { name: `Create tag “${tag}”` }) : page.getByRole('option', { name: tag, exact: true });
  await option.click();
  await expect(paragraph(page, n).getByRole('button', { name: `Remove tag ${tag} from ¶ ${n}` })).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until the target has focus: keyboard-only navigation. */
export async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = opts.max ?? 250;
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Focus never reached ${String(target)} after ${max} presses`);
}
