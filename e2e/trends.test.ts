import { describe, expect, it } from 'vitest';
import { painPointReportFor } from '../src/services/painpoints.js';
import { trendReportFor } from '../src/services/trends.js';
import { painPointMentions } from '../web/src/chain.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

// Over a quarter the demo shop's adjustable-handle search term rises clearly; over half a year the
// trolley-handle complaint (拉杆角度不能调，弯腰拉很累) climbs too, so words from reviews rise.
const RISING_SEARCH = '可调节拉杆露营车';

describe('trend radar page in Chromium', () => {
  const k = useKaikuan();

  it('lists what is rising with a sparkline each, in Chinese', async () => {
    const report = await trendReportFor(k.app.store, 'demo', 90);
    expect(report.rising.map((item) => item.key)).toContain(RISING_SEARCH);
    await openPage(k.page, '趋势雷达');
    const items = k.page.getByTestId('trend-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(report.rising.length);
    expect(await k.page.getByTestId('trends-tested').textContent()).toContain(String(report.tested));
    const search = items.filter({ hasText: RISING_SEARCH });
    expect(await search.textContent()).toContain('持续稳步上升');
    expect(await search.getByTestId('trend-sparkline').locator('svg .recharts-line').count()).toBe(1);
    expect(await k.page.getByTestId('trend-alerts').textContent()).toContain(RISING_SEARCH);
  });

  it('widens the window and drills down to what customers said', async () => {
    const report = await trendReportFor(k.app.store, 'demo', 180);
    const word = report.rising.find((item) => item.kind === 'term' && item.evidence.length > 0)!;
    expect(word).toBeDefined();
    await k.page.getByTestId('trends-window').selectOption('180d');
    await k.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=trend-item]').length === n,
      report.rising.length,
    );
    const card = k.page.getByTestId('trend-item').nth(report.rising.indexOf(word));
    expect(await card.locator('strong').textContent()).toBe(word.key);
    await card.getByRole('button', { name: '看原话' }).click();
    const evidence = card.getByTestId('trend-evidence');
    await evidence.waitFor();
    const quotes = await evidence.locator('blockquote').allTextContents();
    expect(quotes).toHaveLength(word.evidence.length);
    expect(quotes.every((quote) => quote.includes(word.key))).toBe(true);
    expect(await evidence.locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);
  });

  it('filters by kind, fits a phone screen and speaks English on request', async () => {
    await k.page.getByTestId('trends-kind').selectOption('keyword');
    const items = k.page.getByTestId('trend-item');
    await k.page.waitForFunction(() => document.querySelectorAll('[data-testid=trend-item]').length === 1);
    expect(await items.first().textContent()).toContain(RISING_SEARCH);
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await k.page.getByRole('button', { name: 'English' }).click();
    await k.page.getByText('Trend radar: what is rising').first().waitFor();
    expect(await items.first().textContent()).toContain('steady climb');
  });

  it('leads from a rising word to the pain points that mention it', async () => {
    await k.page.getByRole('button', { name: '中文' }).click();
    await k.page.getByTestId('trends-kind').selectOption('all');
    const headline = k.page.getByTestId('trend-to-painpoints');
    await headline.waitFor();
    // The page still shows the half-year window the drill-down chose.
    const top = (await trendReportFor(k.app.store, 'demo', 180)).rising[0];
    await headline.click();
    const origin = k.page.getByTestId('chain-origin');
    await origin.waitFor({ timeout: 60_000 });
    expect(await origin.textContent()).toContain(`来自趋势雷达“${top.key}”`);
    const report = await painPointReportFor(k.app.store, 'demo', {});
    const mentioning = report.painPoints.filter((p) => painPointMentions(p, top.key));
    const listed = k.page.getByTestId('painpoint-item');
    expect(await listed.count()).toBe(mentioning.length > 0 ? mentioning.length : report.painPoints.length);
  });
});
