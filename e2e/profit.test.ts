import { describe, expect, it } from 'vitest';
import { askQuestion } from '../src/services/ask.js';
import { profitReportFor } from '../src/services/profit.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe('经营分析 page in Chromium on a phone (390×844)', () => {
  const k = useKaikuan();

  it('shows the shop’s profit, asks for a missing cost instead of guessing, and takes the owner’s costs', async () => {
    // The demo's smallest seller loses its cost, as a products import without 成本/进价 would leave it.
    const before = (await profitReportFor(k.app.store, 'demo'))!;
    const uncosted = before.products[before.products.length - 1];
    await k.app.store.db.updateTable('product').set({ unit_cost: null }).where('merchant_id', '=', 'demo').where('id', '=', uncosted.productId).execute();
    const report = (await profitReportFor(k.app.store, 'demo'))!;

    await openPage(k.page, '经营分析');
    await k.page.getByTestId('profit-revenue').waitFor();
    expect(digits(await k.page.getByTestId('profit-revenue').locator('.stat-value').textContent())).toBe(Math.round(report.shop.revenue));
    expect(digits(await k.page.getByTestId('profit-gross').locator('.stat-value').textContent())).toBe(Math.round(report.shop.grossProfit));
    expect(await k.page.getByTestId('profit-window').textContent()).toContain(`${report.months[0]} 至 ${report.months[11]}`);
    expect(await k.page.getByTestId('settings-not-entered').isVisible()).toBe(true);
    expect(await k.page.getByTestId(`profit-product-${uncosted.productId}`).getByTestId('product-profit').textContent()).toContain('没填成本');
    expect(await k.page.getByTestId('advice-enterCost').textContent()).toContain(uncosted.name);
    expect(await k.page.getByTestId('painpoint-assumption').textContent()).toContain('10%');
    expect(await k.page.getByTestId('price-responses').textContent()).toContain('数据不够');

    await k.page.getByTestId(`cost-${uncosted.productId}`).fill('12.5');
    await k.page.getByTestId(`cost-save-${uncosted.productId}`).click();
    await k.page.getByTestId('missing-costs').waitFor({ state: 'detached' });
    const costed = (await profitReportFor(k.app.store, 'demo'))!.products.find((p) => p.productId === uncosted.productId)!;
    expect(costed.unitCost).toBe(12.5);
    expect(digits(await k.page.getByTestId(`profit-product-${uncosted.productId}`).getByTestId('product-profit').textContent())).toBe(Math.round(costed.grossProfit!));

    await k.page.getByTestId('setting-platformFeeRate').fill('5');
    await k.page.getByTestId('setting-shippingPerOrder').fill('6');
    await k.page.getByTestId('settings-save').click();
    await k.page.getByTestId('settings-not-entered').waitFor({ state: 'detached' });
    const after = (await profitReportFor(k.app.store, 'demo'))!;
    expect(after.settings).toMatchObject({ platformFeeRate: 0.05, shippingPerOrder: 6, entered: true });
    expect(digits(await k.page.getByTestId('profit-gross').locator('.stat-value').textContent())).toBe(Math.round(after.shop.grossProfit));
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('links advice to the launch calculator with the product’s numbers filled in', async () => {
    const link = k.page.getByTestId('advice-to-launch').first();
    await link.click();
    await k.page.getByTestId('chain-origin').waitFor();
    expect(await k.page.getByTestId('chain-origin').textContent()).toContain('来自经营分析');
  });

  it('speaks English when chosen, numbers included', async () => {
    await k.page.getByRole('button', { name: 'English' }).click();
    await openPage(k.page, 'Profit');
    await k.page.getByText('Profit: which products make money').waitFor();
    expect(await k.page.getByTestId('profit-window').textContent()).toContain('the 12 months up to the newest order');
    expect(await k.page.getByTestId('profit-revenue').textContent()).toMatch(/¥[\d,]+Revenue/);
  });
});

describe('ask in Chinese from the home page', () => {
  const k = useKaikuan();

  it('answers with a short table and the query in plain words, and says when it cannot answer', async () => {
    const expected = await askQuestion(k.app, 'demo', '浙江的买家买什么？');
    if (expected.status !== 'answered') throw new Error(expected.status);
    await k.page.getByTestId('ask-input').fill('浙江的买家买什么？');
    await k.page.getByTestId('ask-submit').click();
    await k.page.getByTestId('ask-table').waitFor();
    expect(await k.page.getByTestId('ask-table').locator('li').first().textContent()).toContain(expected.answer.rows[0].key);
    expect(await k.page.getByTestId('ask-query').textContent()).toContain('地区“浙江”');

    await k.page.getByTestId('ask-input').fill('每个月的销售额趋势');
    await k.page.getByTestId('ask-submit').click();
    await k.page.getByTestId('ask-chart').locator('svg .recharts-bar-rectangle').first().waitFor();

    await k.page.getByTestId('ask-input').fill('明天会下雨吗？');
    await k.page.getByTestId('ask-submit').click();
    expect(await k.page.getByTestId('ask-unknown').textContent()).toContain('我还不会回答这个');
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
