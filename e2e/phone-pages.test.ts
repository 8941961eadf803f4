import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useKaikuan } from './harness.js';
import { axeViolations, latinWords, overflowing, settle, smallThings } from './phone-checks.js';

/** Every page of the signed-in app (web/src/routes.tsx), as the owner opens them on her phone. */
const PAGES = ['/', '/painpoints', '/trends', '/opportunities', '/launch', '/concepts', '/materials', '/customers', '/markets', '/profit', '/tasks', '/approvals', '/audit', '/import', '/scorecard'];

/** The narrowest and widest phones the layout is made for. */
const PHONE_WIDTHS = [360, 414];

async function open(page: Page, base: string, path: string): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.waitForSelector('nav.tabs');
  await settle(page);
}

describe('every page on a phone in Chinese (390×844)', () => {
  const k = useKaikuan();

  it('visits every page the app routes to', () => {
    const routes = readFileSync(new URL('../web/src/routes.tsx', import.meta.url), 'utf8');
    expect([...routes.matchAll(/\{ path: '([^']+)'/g)].map((m) => m[1]).sort()).toEqual([...PAGES].sort());
  });

  for (const path of PAGES) {
    it(`${path}: no serious accessibility problem, nothing off-screen, no English, readable and tappable`, async () => {
      await open(k.page, k.url, path);
      expect(await axeViolations(k.page)).toEqual([]);
      expect(await overflowing(k.page)).toEqual([]);
      expect(await latinWords(k.page)).toEqual([]);
      expect(await smallThings(k.page)).toEqual([]);
      // What is one tap away must fit too: every detail opened, and the launch calculator run once.
      await k.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      if (path === '/launch') {
        await k.page.getByRole('button', { name: '开始测算' }).click();
        await k.page.getByTestId('launch-result').waitFor();
      }
      expect(await overflowing(k.page)).toEqual([]);
      expect(await smallThings(k.page)).toEqual([]);
      expect(await axeViolations(k.page)).toEqual([]);
    });
  }

  it('fits the narrowest and widest phones on every page', async () => {
    const found: string[] = [];
    for (const width of PHONE_WIDTHS) {
      await k.page.setViewportSize({ width, height: 844 });
      for (const path of PAGES) {
        await open(k.page, k.url, path);
        for (const e of await overflowing(k.page)) found.push(`${width}px ${path}: ${e}`);
      }
    }
    await k.page.setViewportSize({ width: 390, height: 844 });
    expect(found).toEqual([]);
  });
});
