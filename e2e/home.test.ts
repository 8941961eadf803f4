import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeSpend } from '../src/approvals/index.js';
import { buildCustomerReport } from '../src/customers/customer-report.js';
import { realCdnowPurchases, toCsv } from '../src/ingest/testing.js';
import { createAccount } from '../src/services/accounts.js';
import { countData, createMerchant } from '../src/store/accounts.js';
import { customerOrdersFor } from '../src/services/customers.js';
import { painPointReportFor } from '../src/services/painpoints.js';
import { fontsDrawing } from './browser.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

// The first ~500 CDNOW customers (the file is sorted by customer): enough repeat buyers to fit the model, quick to import.
const CDNOW_ROWS = 1500;
/** 1997 → 2023: inside the import's plausible dates, and no leap day in the source to land on a missing one. */
const CDNOW_YEARS_ON = 26;
const digits = (text: string | null) => text!.replace(/\D/g, '');

describe('web shell in Chromium', () => {
  const k = useKaikuan();

  /** The signed-in page's own view of an endpoint, so the board is checked against what the API says. */
  const apiGet = <T>(path: string) =>
    k.page.evaluate(async (p) => {
      const res = await fetch(`/api${p}`);
      return res.json();
    }, path) as Promise<T>;
  const apiPost = (path: string, body: unknown) =>
    k.page.evaluate(async ([p, b]) => {
      // Signed in by the session cookie; a POST also carries the CSRF token the page can read.
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('kaikuan_csrf='))!.slice('kaikuan_csrf='.length);
      const headers = { 'x-kaikuan-csrf': csrf, 'content-type': 'application/json' };
      return (await fetch(`/api${p}`, { method: 'POST', headers, body: JSON.stringify(b) })).status;
    }, [path, body] as const);

  it('draws Chinese in a Chinese font, not as boxes, even in a browser that came without one', async () => {
    await k.page.getByTestId('home-spend').waitFor();
    // Boxes would be drawn by a fallback font without the glyphs (DejaVu Sans on a bare Debian).
    const fonts = await fontsDrawing(k.page, '[data-testid=home-spend]');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.familyName.startsWith('Noto Sans SC'))).toEqual([]);
    // For a person to look at: the home page as a Chinese merchant sees it.
    await k.page.screenshot({ path: join(tmpdir(), 'kaikuan-e2e-home-zh.png') });
  });

  it('opens on today’s decisions, at most five, and keeps the data counts on the import page', async () => {
    await k.page.getByTestId('home-spend').waitFor();
    expect(await k.page.locator('.home-card').count()).toBeLessThanOrEqual(5);
    expect(await k.page.getByTestId('count-reviews').count()).toBe(0);
    expect(await k.page.locator('nav.tabs > *').count()).toBeLessThanOrEqual(5);
  });

  it('shows the merchant’s data counts in Chinese on the import page, and switches to English', async () => {
    await openPage(k.page, '导入数据');
    const counts = await countData(k.app.store, 'demo');
    const reviews = k.page.getByTestId('count-reviews');
    await reviews.waitFor();
    expect(await reviews.textContent()).toContain('评价');
    expect((await reviews.textContent())!.replace(/\D/g, '')).toBe(String(counts.reviews));
    await k.page.getByRole('button', { name: 'English' }).click();
    await k.page.getByText('My shop data').waitFor();
    expect(await reviews.textContent()).toContain('Reviews');
  });

  it('puts the buyers’ worst pain points on the board, each with its share and one buyer’s words', async () => {
    await k.page.getByRole('button', { name: '中文' }).click();
    await openPage(k.page, '首页');
    const report = await painPointReportFor(k.app.store, 'demo', {});
    const items = k.page.getByTestId('home-painpoint');
    await items.first().waitFor({ timeout: 60_000 });
    expect(await items.count()).toBe(3);
    for (const [i, p] of report.painPoints.slice(0, 3).entries()) {
      const item = items.nth(i);
      expect(await item.locator('strong').textContent()).toBe(p.label);
      expect(await item.getByTestId('home-painpoint-share').textContent()).toBe(
        `${p.reviews.toLocaleString('zh-CN')} 条评价提到，占全部 ${report.reviews.toLocaleString('zh-CN')} 条的 ${(p.share * 100).toFixed(1)}%`,
      );
      expect(await item.locator('blockquote').textContent()).toBe(p.evidence[0].text);
    }
    expect(await items.first().textContent()).toContain('拉杆角度');
  });

  it('shows the surest rising trends as sparklines', async () => {
    const report = await apiGet<{ rising: { kind: string; key: string; sparkline: number[] }[] }>('/trends');
    expect(report.rising.length).toBeGreaterThan(0);
    const items = k.page.getByTestId('home-trend');
    await items.first().waitFor({ timeout: 60_000 });
    expect(await items.count()).toBe(Math.min(3, report.rising.length));
    expect(await items.first().textContent()).toContain(report.rising[0].key);
    expect(await items.first().locator('.recharts-area-curve').count()).toBe(1);
  });

  it('counts the spend and staff work waiting for the owner exactly as the API does', async () => {
    await proposeSpend(k.app.store, 'demo', {
      agent: 'promotion', action: 'raise_daily_budget', amountYuan: 260, channel: 'ad:淘宝',
      description: '露营车"可调节拉杆"直通车日预算提高 260 元', payload: { keyword: '可调节拉杆露营车' },
    });
    await proposeSpend(k.app.store, 'demo', {
      agent: 'campaign', action: 'join_campaign', amountYuan: 120.5, channel: 'campaign:拼多多-double-12',
      description: '报名拼多多双十二活动（让利 120.5 元）', payload: {},
    });
    // A real job: the service agent cannot answer this from the product facts and hands it to the owner.
    expect(await apiPost('/agents/service/answer', { productId: 'P-BOX-L', question: '箱子有没有塑料味？' })).toBe(201);
    await k.page.reload();

    const inbox = await apiGet<{ proposals: { proposal: { amountYuan: number } }[] }>('/approvals?view=open');
    const tasks = await apiGet<{ outcome: string; reviewedAt: string | null }[]>('/agents/tasks');
    const waitingTasks = tasks.filter((task) => task.reviewedAt === null && task.outcome !== 'failed').length;
    expect(inbox.proposals.length).toBe(2);
    expect(waitingTasks).toBeGreaterThan(0);

    const spend = k.page.getByTestId('home-spend');
    await spend.getByTestId('home-spend-waiting').waitFor();
    expect(digits(await spend.getByTestId('home-spend-waiting').textContent())).toBe(String(inbox.proposals.length));
    const total = inbox.proposals.reduce((sum, p) => sum + p.proposal.amountYuan, 0);
    expect(await spend.getByTestId('home-spend-total').textContent()).toBe(`¥${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(total)}`);
    expect(await spend.getByTestId('home-spend-item').first().textContent()).toContain('¥260');
    const waiting = k.page.getByTestId('home-tasks-waiting');
    await waiting.waitFor();
    expect(digits(await waiting.textContent())).toBe(String(waitingTasks));
    expect(await k.page.getByTestId('home-task').first().textContent()).toContain('客服专员');
    const asked = await k.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(asked).toContain('/api/approvals');
  });

  it('records a pain point rated useful on the home board in the monthly scorecard', async () => {
    const first = k.page.getByTestId('home-painpoint').first();
    await first.getByRole('button', { name: '有用', exact: true }).tap();
    await first.getByRole('status').waitFor();
    const card = await apiGet<{ feedback: { capability: string; useful: number }[] }>('/evaluation/scorecard');
    expect(card.feedback.find((f) => f.capability === 'painpoints')?.useful).toBe(1);
  });

  it('fits a phone screen without sideways scrolling, in Chinese and in English', async () => {
    const overflow = () => k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await k.page.getByRole('button', { name: 'English' }).click();
    await k.page.getByText('Today\'s decisions').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await k.page.getByRole('button', { name: '中文' }).click();
  });

  it('sends a signed-out visitor back to the login form', async () => {
    await k.page.getByRole('button', { name: /Sign out|退出/ }).click();
    await k.page.waitForSelector('input[name=password]');
    const api = await k.page.evaluate(async () => (await fetch('/api/counts')).status);
    expect(api).toBe(401);
  });

  it('tells a new shop with no data where to import it', async () => {
    await createMerchant(k.app.store, { id: 'new-shop', name: '新店' });
    await createAccount(k.app.store, 'new-shop', { email: 'new@shop.test', password: 'new-shop-pass' });
    await k.page.fill('input[name=email]', 'new@shop.test');
    await k.page.fill('input[name=password]', 'new-shop-pass');
    await k.page.click('button[type=submit]');
    // The win-back card fits buyer value only once it is scrolled into view.
    await k.page.getByTestId('home-winback').scrollIntoViewIfNeeded();
    await k.page.getByTestId('home-winback').getByTestId('home-next-step').waitFor({ timeout: 60_000 });
    for (const card of ['home-painpoints', 'home-trends', 'home-winback']) {
      const step = k.page.getByTestId(card).getByTestId('home-next-step');
      expect(await step.getByRole('link', { name: '去导入数据' }).getAttribute('href')).toBe('/import');
    }
    expect(digits(await k.page.getByTestId('home-spend-waiting').textContent())).toBe('0');
  });

  it('after the new shop imports its orders, names the lapsed big spenders worth winning back', async () => {
    const csv = toCsv([
      ['买家ID', '下单时间', '数量', '实付金额'],
      // CDNOW's orders are from 1997-98 and the import refuses dates before 2000, so they move on whole years.
      ...realCdnowPurchases(CDNOW_ROWS).map((p) => [p.customer, `${Number(p.date.slice(0, 4)) + CDNOW_YEARS_ON}-${p.date.slice(4, 6)}-${p.date.slice(6)}`, p.units, p.dollars]),
    ]);
    await k.page.getByTestId('home-winback').getByRole('link', { name: '去导入数据' }).click();
    await k.page.selectOption('select[name=kind]', 'orders');
    await k.page.setInputFiles('input[name=file]', { name: '订单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await k.page.getByRole('button', { name: '开始导入' }).click();
    await k.page.getByTestId('import-result').waitFor({ timeout: 60_000 });

    const report = buildCustomerReport(await customerOrdersFor(k.app.store, 'new-shop'), { topBuyers: Infinity })!;
    const winBack = report.topBuyers.filter((b) => b.action === 'winBack').sort((a, b) => b.pastSpend - a.pastSpend);
    expect(winBack.length).toBeGreaterThan(3);
    await openPage(k.page, '首页');
    await k.page.getByTestId('home-winback').scrollIntoViewIfNeeded();
    const count = k.page.getByTestId('home-winback-count');
    await count.waitFor({ timeout: 60_000 });
    expect(digits(await count.textContent())).toBe(String(winBack.length));
    const named = await k.page.getByTestId('home-winback-buyer').locator('strong').allTextContents();
    expect(named).toEqual(winBack.slice(0, 3).map((b) => b.buyerId));
  });
});
