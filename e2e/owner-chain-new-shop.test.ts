import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { approvalsInbox } from '../src/approvals/inbox.js';
import { painPointReportFor } from '../src/services/painpoints.js';
import { listLaunchDecisions } from '../src/store/selection.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';
import { axeViolations, latinWords, overflowing, settle, smallThings } from './phone-checks.js';
import { taobaoOrderList, taobaoReviews } from './taobao-exports.js';

/** The day the shop's downloads end: the exports are a few days old when she imports them. */
const EXPORTED_ON = new Date(Date.now() - 3 * 86_400_000);

async function holdsOnPhone(page: Page): Promise<void> {
  await settle(page);
  expect(await overflowing(page)).toEqual([]);
  expect(await smallThings(page)).toEqual([]);
  expect(await latinWords(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

/** Sends one file through the import page as the kind chosen, and waits for its result. */
async function upload(page: Page, kind: string, name: string, buffer: Buffer): Promise<void> {
  await page.selectOption('select[name=kind]', kind);
  await page.setInputFiles('input[name=file]', { name, mimeType: 'text/csv', buffer });
}

describe('a new shop’s first day on a phone (390×844, zh-CN): Taobao exports in, a spend confirmed', () => {
  const k = useKaikuan({ shop: 'empty' });

  it('imports the 订单报表 and 评价 (GBK) into an empty shop, follows a pain point to an idea, launch risk, concept test and decision, and confirms a spend', async () => {
    const { page, app, merchantId } = k;

    // 1. 导入数据: the order export sent as 评价 (the page's first choice) is recognised and imported as 订单.
    await openPage(page, '导入数据');
    await upload(page, 'reviews', 'ExportOrderList202612051030.csv', taobaoOrderList(EXPORTED_ON));
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByTestId('import-use-kind').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('这个文件看起来是订单，不是评价');
    await page.getByTestId('import-use-kind').click();
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-result').textContent()).toContain('冲突 0，有问题 0');
    await holdsOnPhone(page);
    await upload(page, 'reviews', '评价导出.csv', taobaoReviews(EXPORTED_ON, 180));
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    await holdsOnPhone(page);

    // 2. 买家痛点: the heater's biggest complaint from the shop's own reviews.
    await openPage(page, '买家痛点');
    await page.getByTestId('painpoint-item').first().waitFor({ timeout: 90_000 });
    const [top] = (await painPointReportFor(app.store, merchantId, {})).painPoints;
    expect(top.reviews).toBeGreaterThan(0);
    const card = page.getByTestId('painpoint-item').filter({ has: page.getByText(top.label, { exact: true }) });
    expect(await card.textContent()).toContain(`${top.reviews} 条评价在抱怨`);
    await holdsOnPhone(page);

    // 3. 做成新款想法: a shop without a product list still gets the form, with what the idea fixes filled in.
    await card.getByTestId('painpoint-to-idea').click();
    await page.locator('#idea').waitFor();
    expect(await page.inputValue('input[name=idea-fixes]')).toBe(top.group);
    expect(await page.getByTestId('chain-origin').textContent()).toContain(top.label);
    await page.fill('input[name=idea-name]', '防漏速热热水器');
    await page.fill('input[name=idea-category]', '热水器');
    await page.fill('input[name=idea-price]', '899');
    await page.fill('input[name=idea-unitCost]', '520');
    await page.getByRole('button', { name: '打分' }).click();
    const scored = page.locator('#idea').getByTestId('opportunity');
    await scored.waitFor();
    await holdsOnPhone(page);

    // 4. 测算开模风险: no sales of its own in the category yet, so the page opens with an estimate, price and cost filled in.
    await scored.getByTestId('opportunity-to-launch').click();
    await page.getByTestId('launch-no-own-sales').waitFor();
    expect(await page.getByTestId('launch-no-own-sales').textContent()).toContain('「热水器」里还没有自家款式的销售记录');
    expect(await page.inputValue('select[name=demandMode]')).toBe('range');
    expect(await page.inputValue('input[name=price]')).toBe('899');
    expect(await page.inputValue('input[name=unitCost]')).toBe('520');
    await page.getByTestId('launch-run').click();
    await page.getByTestId('launch-result').waitFor();
    await holdsOnPhone(page);

    // 5. 先做款式测试 and 6. 开模: two versions shown to buyers, the decision recorded.
    await page.getByTestId('launch-to-concept').click();
    expect(await page.inputValue('input[name=test-name]')).toBe('防漏速热热水器');
    await page.fill('input[name=test-variants]', '白色，灰色');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByTestId('concept-verdict').waitFor();
    for (const [variant, asked, yes] of [['白色', 200, 70], ['灰色', 200, 20]] as const) {
      await page.selectOption('select[name=variant]', variant);
      await page.fill('input[name=views]', '3000');
      await page.fill('input[name=intentAsked]', String(asked));
      await page.fill('input[name=intentYes]', String(yes));
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/selection/concepts/'));
      await page.getByTestId('concept-record').click();
      expect((await saved).status()).toBe(200);
    }
    await page.waitForFunction(() => document.querySelector('[data-testid=concept-decision]')?.textContent?.includes('可以停了'));
    await page.getByTestId('decide-launch').click();
    await page.getByTestId('recorded-decision').waitFor();
    const [decision] = await listLaunchDecisions(app.store, merchantId);
    expect(decision).toMatchObject({ idea: '防漏速热热水器', decision: 'launch', result: { leader: '白色', stop: true } });
    await holdsOnPhone(page);

    // 7. 花钱审批: a win-back coupon for one of the buyers the 订单报表 brought, confirmed by the owner, spent once.
    await openPage(page, '客户价值');
    const buyer = page.getByTestId('win-back-buyer').first();
    await buyer.waitFor({ timeout: 90_000 });
    await holdsOnPhone(page);
    await buyer.getByTestId('win-back-coupon-amount').fill('20');
    await buyer.getByTestId('win-back-coupon').click();
    await buyer.getByRole('link', { name: '去确认 →' }).click();
    const proposal = page.getByTestId('proposal').filter({ hasText: '给老客户发挽回券' });
    await proposal.getByTestId('proposal-confirm').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=proposal] [data-testid=proposal-confirm]'));
    const coupon = (await approvalsInbox(app.store, merchantId, 'all')).proposals.find((p) => p.proposal.action === 'win_back_coupon')!;
    expect(coupon.proposal).toMatchObject({ amountYuan: 20, status: 'executed' });
    await holdsOnPhone(page);
  });
});
