/**
 * Shared steps for the browser tests: open the playground with a hash while watching for page
 * errors and dialogs, read the epoch and the losses as numbers, and train for a while.
 * Every wait is a poll with a generous timeout: the machine is small and the worker is busy.
 */
import { expect, type Page } from '@playwright/test';

/** What went wrong on the page while a test ran. Checked at the end with `expectCalm`. */
export interface PageWatch {
  errors: string[];
  dialogs: string[];
}

/** Starts recording page errors and dialogs (any alert, confirm or prompt is a failure). */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  return watch;
}

export function expectCalm(watch: PageWatch): void {
  expect(watch.errors, 'page errors').toEqual([]);
  expect(watch.dialogs, 'dialogs opened').toEqual([]);
}

/** `'#a=b'`, `'a=b'` or `''` → the app's URL with that hash. */
export function appUrl(hash = ''): string {
  const bare = hash.replace(/^#/, '');
  return bare ? `/#${bare}` : '/';
}

/**
 * Loads the page fresh with the hash. (A `goto` that only changes the hash of an open page is a
 * same-document navigation, so it goes through `about:blank` when the page is already open.)
 */
export async function openApp(page: Page, hash = '', watch?: PageWatch): Promise<PageWatch> {
  const w = watch ?? watchPage(page);
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(appUrl(hash));
  await expect(page.getByTestId('run-status')).toBeVisible();
  return w;
}

/** The number in a metric's text: '–' (unknown) is NaN, '12,345' is 12345, '9.4e-5' works. */
export function parseMetric(text: string | null): number {
  const t = (text ?? '').trim().replace(/,/g, '').replace(/%$/, '');
  if (t === '' || t === '–' || t === '-') return Number.NaN;
  return Number(t);
}

export async function readEpoch(page: Page): Promise<number> {
  const text = await page.getByTestId('epoch').textContent();
  const n = parseMetric(text);
  if (!Number.isInteger(n)) throw new Error(`epoch is not an integer: ${JSON.stringify(text)}`);
  return n;
}

/** A loss in full: the data-value the page gives (the number as JavaScript prints it), else as shown. */
export async function readLoss(page: Page, which: 'train' | 'test'): Promise<number> {
  const el = page.getByTestId(`loss-${which}`);
  const full = await el.getAttribute('data-value');
  return parseMetric(full || (await el.textContent()));
}

/** Waits until the worker has reported a first, finite loss (the untrained network's). */
export async function waitForFirstLoss(page: Page): Promise<number> {
  await expect.poll(() => readLoss(page, 'test'), { timeout: 20_000, message: 'a first test loss' }).toBeGreaterThanOrEqual(0);
  return readLoss(page, 'test');
}

export async function play(page: Page): Promise<void> {
  const button = page.getByTestId('play-pause');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
}

export async function pause(page: Page): Promise<void> {
  const button = page.getByTestId('play-pause');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'paused');
}

/** Plays until the epoch reaches `epoch`, then pauses and waits for the counter to settle. */
export async function trainUntil(page: Page, epoch: number, timeout = 40_000): Promise<number> {
  await play(page);
  await expect.poll(() => readEpoch(page), { timeout, message: `epoch ≥ ${epoch}` }).toBeGreaterThanOrEqual(epoch);
  await pause(page);
  return settledEpoch(page);
}

/** The epoch once it has stopped changing (a frame may still be in flight right after pause). */
export async function settledEpoch(page: Page): Promise<number> {
  let settled = -1;
  await expect(async () => {
    const a = await readEpoch(page);
    await page.waitForTimeout(400);
    const b = await readEpoch(page);
    expect(b, 'the epoch keeps changing while paused').toBe(a);
    settled = b;
  }).toPass({ timeout: 10_000 });
  return settled;
}

/** The hash as key → value pairs (values still percent-encoded, as written). */
export function hashParams(url: string): Map<string, string> {
  const hash = new URL(url).hash.replace(/^#/, '');
  const map = new Map<string, string>();
  for (const part of hash.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    map.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? '' : part.slice(eq + 1));
  }
  return map;
}

/** Polls the address bar until the hash has `key=value` (the app writes it ~150 ms after a change). */
export async function expectHashParam(page: Page, key: string, value: string): Promise<void> {
  await expect.poll(() => hashParams(page.url()).get(key), { timeout: 5_000, message: `hash ${key}=${value}` }).toBe(value);
}

/** The visible text and every attribute value on the page, for "never shows NaN" checks. */
export async function allPageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el instanceof HTMLScriptElement || el instanceof HTMLStyleElement) continue;
      for (const attr of Array.from(el.attributes)) parts.push(`${attr.name}=${attr.value}`);
      if (el instanceof SVGTextElement || el instanceof SVGTitleElement) parts.push(el.textContent ?? '');
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) parts.push(el.value);
    }
    return parts.join('\n');
  });
}

/** Distinct colours on a canvas (sampled): a blank or one-colour heatmap has 1. */
export async function canvasColourCount(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 24) ^ (data[i + 1] << 16) ^ (data[i + 2] << 8) ^ data[i + 3]);
    return seen.size;
  });
}

/** Page width facts: scroll width vs client width, and elements that stick out on the right. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== 'visible') return true;
      }
      return false;
    };
    const outside: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 1 && !clipped(el)) {
        const id = (el as HTMLElement).dataset?.testid;
        outside.push(`${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}.${(el.getAttribute('class') ?? '').replace(/\s+/g, '.')} right=${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside: outside.slice(0, 12) };
  });
}

/** Opens the side drawer at a tab (the less-used settings, or the views inside the network). */
export async function openDrawer(page: Page, tab: 'settings' | 'inside'): Promise<void> {
  const button = page.getByTestId(`open-${tab}`);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(page.getByTestId(`drawer-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}
