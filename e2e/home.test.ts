import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countData } from '../src/store/accounts.js';
import { startKaikuan, type Kaikuan } from './harness.js';

describe('web shell in Chromium', () => {
  let k: Kaikuan;
  beforeAll(async () => {
    k = await startKaikuan();
  });
  afterAll(() => k?.close());

  it('signs in, shows the merchant’s data counts in Chinese, and switches to English', async () => {
    const counts = await countData(k.app.store, 'demo');
    const reviews = k.page.getByTestId('count-reviews');
    await reviews.waitFor();
    expect(await reviews.textContent()).toContain('评价');
    expect((await reviews.textContent())!.replace(/\D/g, '')).toBe(String(counts.reviews));
    await k.page.getByRole('button', { name: 'English' }).click();
    await k.page.getByText('My shop data').waitFor();
    expect(await reviews.textContent()).toContain('Reviews');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('sends a signed-out visitor back to the login form', async () => {
    await k.page.getByRole('button', { name: /Sign out|退出/ }).click();
    await k.page.waitForSelector('input[name=password]');
    const api = await k.page.evaluate(async () => (await fetch('/api/counts')).status);
    expect(api).toBe(401);
  });
});
