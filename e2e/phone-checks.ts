import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** What every page must hold to on a phone: checks shared by the page walk and the owner's chain. */

/**
 * Latin words allowed in zh-CN page text: the switch to English is written in English on purpose, file formats and
 * encodings are named as the owner's software names them (her own file names end in .csv or .xlsx), and AI is how
 * sellers say it.
 */
const ALLOWED_LATIN = new Set(['English', 'AI', 'CSV', 'csv', 'Excel', 'xlsx', 'JSON', 'JSONL', 'GBK', 'JPG', 'PNG', 'WebP', 'zip']);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until the page's data has arrived (no 加载中… left) and the network is quiet. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.body.innerText.includes('加载中'), undefined, { timeout: 90_000 });
}

/** Elements that stick out of the screen sideways, named by tag, class and test id so a failure says where. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) {
        const id = el.getAttribute('data-testid');
        out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}${id ? `[${id}]` : ''} ${Math.round(box.left)}–${Math.round(box.right)}px`);
      }
    }
    return out;
  });
}

/**
 * Latin words in what the page shows (closed details and hidden parts are not shown, so not counted). The
 * merchant's own codes (SKUs, marked translate="no") are her data, not our words, so they are left out.
 */
export async function latinWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('[translate="no"]').forEach((el) => el.remove());
    document.body.append(body);
    body.style.position = 'absolute';
    const shown = body.innerText;
    body.remove();
    return shown;
  });
  return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !ALLOWED_LATIN.has(w));
}

/** Text smaller than 14 px and controls a thumb cannot hit (under 44 px tall), skipping chart axes inside svg. */
export function smallThings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') || el.getClientRects().length === 0) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (ownText && parseFloat(getComputedStyle(el).fontSize) < 14) out.push(`${name(el)} ${getComputedStyle(el).fontSize}`);
    }
    for (const el of document.querySelectorAll('button, input, select, textarea, summary, nav a, a.next-step')) {
      // A checkbox is tapped through its label.
      const target = el.matches('input[type=checkbox]') ? el.closest('label') ?? el : el;
      const box = target.getBoundingClientRect();
      if (box.width > 0 && box.height < 43.5) out.push(`${name(el)} ${Math.round(box.height)}px tall`);
    }
    return out;
  });
}

export async function axeViolations(page: Page): Promise<string[]> {
  // The app's CSP forbids inline scripts (addScriptTag inlines the file), so axe's source is evaluated through the
  // devtools protocol, which the page's CSP does not govern, as a browser extension would run it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
