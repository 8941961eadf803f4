import { describe, expect, it } from 'vitest';
import { similarProductSeasons } from '../src/services/selection.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

/** Exact season money for a known demand, as a merchant would work it out by hand. */
function knownDemandProfit(p: { units: number; firstOrder: number; mould: number; unitCost: number; price: number; feeRate: number; feePerUnit: number }) {
  return p.units * (p.price * (1 - p.feeRate) - p.feePerUnit) - p.firstOrder * p.unitCost - p.mould;
}

const digits = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

describe('what to make, in Chromium on a phone', () => {
  const k = useKaikuan();

  it('runs the launch calculator and shows the exact profit for a known demand', async () => {
    const { page } = k;
    await openPage(page, '开模测算');
    await page.selectOption('select[name=demandMode]', 'fixed');
    await page.fill('input[name=units]', '18000');
    await page.getByTestId('launch-run').click();
    await page.getByTestId('launch-result').waitFor();
    const exact = knownDemandProfit({ units: 18_000, firstOrder: 20_000, mould: 300_000, unitCost: 12, price: 49, feeRate: 0.08, feePerUnit: 5 });
    expect(digits(await page.getByTestId('expected-profit').locator('.stat-value').textContent())).toBe(Math.round(exact));
    expect(await page.getByTestId('chance-of-loss').locator('.stat-value').textContent()).toBe('0%');
  });

  it('draws the profit distribution for an uncertain demand with losing and winning seasons', async () => {
    const { page } = k;
    await page.selectOption('select[name=demandMode]', 'range');
    await page.getByText('更多：价格弹性、先打样测试').click();
    await page.fill('input[name=testCost]', '8000');
    await page.getByTestId('launch-run').click();
    await page.getByTestId('test-first').waitFor();
    const bars = page.getByTestId('profit-chart').locator('.recharts-bar-rectangle path');
    await bars.first().waitFor();
    const fills = new Set(await bars.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill'))));
    expect(fills).toEqual(new Set(['#c92a2a', '#2b8a3e']));
    const loss = digits(await page.getByTestId('chance-of-loss').locator('.stat-value').textContent());
    expect(loss).toBeGreaterThan(0);
    expect(loss).toBeLessThan(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it('saves a plan and opens it again with the same numbers', async () => {
    const { page } = k;
    page.once('dialog', (dialog) => dialog.accept('60L 收纳箱新模'));
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByRole('button', { name: '已保存' }).waitFor();
    await page.reload();
    await page.selectOption('select[name=saved-plan]', { label: '60L 收纳箱新模' });
    expect(await page.inputValue('select[name=demandMode]')).toBe('range');
    expect(await page.inputValue('input[name=testCost]')).toBe('8000');
    expect(await page.inputValue('input[name=channelFeeRate]')).toBe('8');
  });

  it('opens the calculator from an opportunity with demand from the merchant’s own similar products', async () => {
    const { page } = k;
    await openPage(page, '选品机会');
    await page.getByTestId('opportunity').first().waitFor();
    const category = await page.getByTestId('opportunity').first().locator('.badge').textContent();
    await page.getByTestId('opportunity').first().getByRole('link', { name: /测算开模风险/ }).click();
    expect(await page.inputValue('select[name=demandMode]')).toBe('similar');
    expect(await page.inputValue('input[name=category]')).toBe(category);
    expect(await page.getByTestId('chain-origin').textContent()).toMatch(/^来自新款想法“.+”/);
    expect(page.url()).not.toContain('undefined');
    await page.getByTestId('launch-run').click();
    // The demo holds half a year of sales: no first season of 26 weeks has finished, an 8-week one has.
    await page.getByRole('alert').filter({ hasText: '完整卖满 26 周' }).waitFor();
    await page.fill('input[name=sellingWeeks]', '8');
    await page.getByTestId('launch-run').click();
    await page.getByTestId('launch-result').waitFor();
    const seasons = await similarProductSeasons(k.app.store, 'demo', category!, 8);
    expect(await page.getByTestId('similar-seasons').textContent()).toContain(`${seasons.length} 个自家同类款`);
  });

  it('speaks English when the owner switches language', async () => {
    const { page } = k;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Launch-risk calculator' }).waitFor();
    expect(await page.getByTestId('chance-of-loss').locator('.stat-label').textContent()).toBe('Chance of loss');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '开模风险计算器' }).waitFor();
  });

  it('ranks categories and re-ranks them with the merchant’s weights', async () => {
    const { page } = k;
    await openPage(page, '选品机会');
    const cards = page.getByTestId('opportunity');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    const scores = async () => Promise.all((await page.getByTestId('opportunity-score').all()).map(async (s) => digits(await s.textContent())));
    const before = await scores();
    expect(before[0]).toBeGreaterThanOrEqual(before[1]);
    await page.getByText('调整权重').click();
    for (const factor of ['demand', 'growth', 'painRelief', 'competition', 'sameness']) {
      await page.locator(`input[name=weight-${factor}]`).fill('0');
    }
    await page.locator('input[name=weight-margin]').fill('1');
    await page.getByTestId('save-weights').click();
    // Margin alone now decides: the storage boxes (62% margin) beat the camping carts (47%).
    await page.waitForFunction(() => document.querySelector('[data-testid=opportunity] strong')?.textContent === '收纳箱');
    expect((await scores())[0]).toBe(100);
  });

  it('runs a concept test and says when to stop', async () => {
    const { page } = k;
    await openPage(page, '款式测试');
    await page.fill('input[name=test-name]', '露营车配色');
    await page.fill('input[name=test-variants]', '墨绿，卡其');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByTestId('concept-verdict').waitFor();
    expect(await page.getByTestId('concept-decision').textContent()).toContain('继续测');
    for (const [variant, asked, yes] of [['墨绿', 200, 70], ['卡其', 200, 20]] as const) {
      await page.selectOption('select[name=variant]', variant);
      await page.fill('input[name=views]', '3000');
      await page.fill('input[name=intentAsked]', String(asked));
      await page.fill('input[name=intentYes]', String(yes));
      await page.fill('textarea[name=comments]', variant === '墨绿' ? '好看，想买\n求链接' : '一般般');
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/selection/concepts/'));
      await page.getByTestId('concept-record').click();
      expect((await saved).status()).toBe(200);
    }
    await page.waitForFunction(() => document.querySelector('[data-testid=concept-decision]')?.textContent?.includes('可以停了'));
    expect(await page.getByTestId('concept-decision').textContent()).toContain('墨绿');
  });

  it('says a first batch too small is why a launch never pays back, and how big it must be', async () => {
    const { page } = k;
    await openPage(page, '开模测算');
    await page.selectOption('select[name=demandMode]', 'range');
    // The example storage box earns 49·0.92 − 5 − 12 = 28.08 a box: 8,000 boxes never cover a 300,000 mould.
    await page.fill('input[name=firstOrder]', '8000');
    await page.getByTestId('launch-run').click();
    const cause = page.getByTestId('no-payback');
    await cause.waitFor();
    expect(await cause.textContent()).toMatch(/^首批太少.*至少 10,684 件/);
  });
});
