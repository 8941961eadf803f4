import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { painPointReportFor } from '../src/services/painpoints.js';
import { listLaunchDecisions } from '../src/store/selection.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';
import { confirmWinBackCoupon, holdsOnPhone, scoreIdeaFrom, testTwoVersions } from './chain-steps.js';
import { taobaoOrderList, taobaoReviews } from './taobao-exports.js';

/** The day the shop's downloads end: the exports are a few days old when she imports them. */
const EXPORTED_ON = new Date(Date.now() - 3 * 86_400_000);


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
    const scored = await scoreIdeaFrom(page, card, top, { name: '防漏速热热水器', category: '热水器', price: 899, unitCost: 520 });

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
    await testTwoVersions(page, '防漏速热热水器', ['白色', '灰色']);
    await page.getByTestId('decide-launch').click();
    await page.getByTestId('recorded-decision').waitFor();
    const [decision] = await listLaunchDecisions(app.store, merchantId);
    expect(decision).toMatchObject({ idea: '防漏速热热水器', decision: 'launch', result: { leader: '白色', stop: true } });
    await holdsOnPhone(page);

    // 7. 花钱审批: a win-back coupon for one of the buyers the 订单报表 brought, confirmed by the owner, spent once.
    await confirmWinBackCoupon(page, app.store, merchantId, 20, 90_000);
    await holdsOnPhone(page);
  });
});
