import { describe, expect, it } from 'vitest';
import { painPointReportFor } from '../src/services/painpoints.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

describe('pain-points page in Chromium', () => {
  const k = useKaikuan();

  it('ranks the demo shop’s pain points with a chart, worst first, in Chinese', async () => {
    const report = await painPointReportFor(k.app.store, 'demo', {});
    expect(report.painPoints.length).toBeGreaterThan(2);
    await openPage(k.page, '买家痛点');
    const items = k.page.getByTestId('painpoint-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(report.painPoints.length);
    expect(await items.first().textContent()).toContain(report.painPoints[0].label);
    // Figures a developer acts on, each explained; never "负面 100%".
    const figures = report.painPoints[0].figures;
    expect(await items.first().getByTestId('painpoint-figures').textContent()).toContain(`${figures.affected.toLocaleString('zh-CN')} 条评价在抱怨`);
    expect(await items.first().getByTestId('confidence').textContent()).toContain(figures.enough ? '可信' : '还不确定');
    expect(await items.first().getByTestId('painpoint-how').textContent()).toContain('这个数怎么来的');
    expect(await items.first().textContent()).not.toContain('负面');
    // Notes beside reviews, labelled by source, on the cards they support.
    const withNotes = report.painPoints.findIndex((p) => p.sources.posts > 0);
    expect(withNotes).toBeGreaterThanOrEqual(0);
    const { reviews, posts } = report.painPoints[withNotes].sources;
    expect(await items.nth(withNotes).getByTestId('painpoint-sources').textContent()).toBe(`评价 ${reviews.toLocaleString('zh-CN')} 条 · 笔记 ${posts.toLocaleString('zh-CN')} 篇`);
    expect((await k.page.getByTestId('painpoints-reviews').textContent())!.replace(/\D/g, '')).toBe(String(report.reviews));
    const bars = k.page.getByTestId('painpoints-chart').locator('svg .recharts-bar-rectangle');
    expect(await bars.count()).toBe(Math.min(10, report.painPoints.length));
    expect(await k.page.getByTestId('painpoint-opportunity').count()).toBe(report.opportunities.length);
    const products = k.page.getByTestId('painpoints-by-product').locator('.card');
    expect(await products.count()).toBe(report.byProduct.length);
    expect(await products.first().textContent()).toContain(report.byProduct[0].label);
    expect(await k.page.getByTestId('painpoints-by-platform').locator('.card').count()).toBe(report.byPlatform.length);
    expect(await k.page.getByTestId('painpoints-by-competitor').textContent()).toContain('野趣');
  });

  it('drills down into the buyers’ own words and the monthly trend', async () => {
    const report = await painPointReportFor(k.app.store, 'demo', {});
    const first = k.page.getByTestId('painpoint-item').first();
    await first.getByRole('button', { name: '看买家原话' }).click();
    const evidence = first.getByTestId('painpoint-evidence');
    await evidence.waitFor();
    const quotes = await evidence.locator('blockquote').allTextContents();
    expect(quotes).toEqual(report.painPoints[0].evidence.map((e) => e.text));
    // A quote is marked with the buyer's own words, which for merged names (拉杆/把手/拉手) need not be the label's.
    const said = report.painPoints[0].phrasings.map((p) => p.text);
    expect(await evidence.locator('blockquote mark').first().textContent()).toBe(said.find((s) => quotes[0].includes(s)));
    expect(await evidence.locator('svg .recharts-line').count()).toBe(1);
  });

  it('narrows to one product', async () => {
    const scoped = await painPointReportFor(k.app.store, 'demo', { productId: 'P-BOX-L' });
    await k.page.getByTestId('painpoints-scope').selectOption('product:P-BOX-L');
    await k.page.waitForFunction(
      (n) => document.querySelector('[data-testid=painpoints-reviews]')?.textContent?.replace(/\D/g, '') === String(n),
      scoped.reviews,
    );
    const items = k.page.getByTestId('painpoint-item');
    expect(await items.count()).toBe(scoped.painPoints.length);
    expect(await items.first().textContent()).toContain(scoped.painPoints[0].label);
  });

  it('fits a phone screen and speaks English on request', async () => {
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await k.page.getByRole('button', { name: 'English' }).click();
    await k.page.getByText('What buyers suffer most').first().waitFor();
    expect(await k.page.getByTestId('painpoint-item').first().textContent()).toContain('reviews');
  });

  it('turns a pain point into a product idea with what it fixes filled in', async () => {
    const report = await painPointReportFor(k.app.store, 'demo', {});
    if (await k.page.getByRole('button', { name: '中文' }).count()) await k.page.getByRole('button', { name: '中文' }).click();
    await openPage(k.page, '买家痛点');
    // The tests before left the page on one product; the whole shop's first pain point is the one to follow.
    await k.page.getByTestId('painpoints-scope').selectOption('all:');
    await k.page.waitForFunction(
      (n) => document.querySelector('[data-testid=painpoints-reviews]')?.textContent?.replace(/\D/g, '') === String(n),
      report.reviews,
    );
    await k.page.getByTestId('painpoint-to-idea').first().click();
    await k.page.getByTestId('chain-origin').waitFor();
    expect(await k.page.getByTestId('chain-origin').textContent()).toContain(report.painPoints[0].label);
    expect(await k.page.inputValue('input[name=idea-fixes]')).toBe(report.painPoints[0].group);
  });
});
