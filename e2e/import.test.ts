import { readFileSync } from 'node:fs';
import { openPage } from './navigation.js';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realChineseReviews, toCsv } from '../src/ingest/testing.js';
import { countData } from '../src/store/accounts.js';
import { countReviewsToExtract } from '../src/store/painpoints.js';
import { startKaikuan, type Kaikuan } from './harness.js';

// Three real reviews from online_shopping_10_cats, written the way Chinese Excel saves CSV (GB18030),
// with one row whose rating is not a number.
const CSV = [
  '评价内容,评分,评价时间,平台',
  '"很好用，做工精细，值得购买",5,2026-10-01,淘宝',
  '"质量太差了，用了两天就坏了",一星,2026-10-02,淘宝',
  '"物流很快，包装完好，性价比高",4,2026-10-03,拼多多',
].join('\r\n');

describe('importing a file from the web app', () => {
  let k: Kaikuan;
  beforeAll(async () => {
    k = await startKaikuan();
  });
  afterAll(() => k?.close());

  it('lands the good rows of a GBK CSV and names the bad row and field, and adds nothing twice on re-import', async () => {
    const before = (await countData(k.app.store, 'demo')).reviews;
    await openPage(k.page, '导入数据');
    const file = { name: '评价.csv', mimeType: 'text/csv', buffer: iconv.encode(CSV, 'gb18030') };
    await k.page.setInputFiles('input[name=file]', file);
    await k.page.getByRole('button', { name: '开始导入' }).click();
    const result = k.page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('新增 2');
    const rejects = await k.page.getByTestId('import-rejects').textContent();
    expect(rejects).toContain('3');
    expect(rejects).toContain('评分');
    expect((await countData(k.app.store, 'demo')).reviews).toBe(before + 2);

    await k.page.setInputFiles('input[name=file]', file);
    await k.page.getByRole('button', { name: '开始导入' }).click();
    // The history below says it in words too (完成：新增 0 条…): the result card is the one that answers this import.
    await result.getByText('新增 0').waitFor();
    expect((await countData(k.app.store, 'demo')).reviews).toBe(before + 2);
  });

  it('says a Taobao order export sent as reviews is orders, and imports it as orders with one tap', async () => {
    await openPage(k.page, '导入数据');
    const buffer = readFileSync(new URL('../src/ingest/fixtures/platforms/taobao-orders.csv', import.meta.url));
    await k.page.getByRole('combobox', { name: '数据类型' }).selectOption('reviews');
    await k.page.setInputFiles('input[name=file]', { name: 'ExportOrderList202611.csv', mimeType: 'text/csv', buffer });
    await k.page.getByRole('button', { name: '开始导入' }).click();
    const alert = k.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('这个文件看起来是订单，不是评价');
    await k.page.getByRole('button', { name: '按“订单”导入这个文件' }).click();
    await k.page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    expect(await k.page.getByTestId('import-result').textContent()).toContain('新增 9');
    expect(await k.page.getByTestId('import-order-status').textContent()).toBe(
      '2 笔未付款、1 笔已取消、1 笔已全额退款的订单不计入销售；1 笔部分退款的订单只计实收减去退款（共退 40 元）',
    );
  });

  it('analyses a big file’s reviews after the answer, says so, and polls until every one is analysed', async () => {
    // 6,000 reviews: 300 real ones on twenty days each, more than the upload analyses before answering.
    const texts = realChineseReviews(300);
    const rows = Array.from({ length: 6_000 }, (_, i) => [texts[i % texts.length].text, `2026-09-${String(1 + Math.floor(i / texts.length)).padStart(2, '0')} 10:00`, 5, '淘宝']);
    // A fresh page: the test before left the kind on 订单.
    await k.page.reload();
    await openPage(k.page, '导入数据');
    await k.page.getByRole('combobox', { name: '数据类型' }).selectOption('reviews');
    await k.page.setInputFiles('input[name=file]', { name: '大批评价.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv([['评价内容', '评价时间', '评分', '平台'], ...rows])) });
    await k.page.getByRole('button', { name: '开始导入' }).click();
    const analysing = k.page.getByTestId('import-analysing');
    await analysing.waitFor({ timeout: 120_000 });
    expect(await analysing.textContent()).toMatch(/还有 [\d,]+ 条评价在后台分析/);
    // The page polls until the analysis is over (6,000 reviews take a second or two on an idle machine,
    // so its progress card may come and go between polls); then every review is analysed and no card is left.
    await k.page.waitForFunction(() => !document.querySelector('[data-testid=work-analysis]'), undefined, { timeout: 300_000 });
    await expect.poll(() => countReviewsToExtract(k.app.store, 'demo'), { timeout: 300_000 }).toBe(0);
  });
});
