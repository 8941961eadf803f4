import { beforeAll, describe, expect, it } from 'vitest';
import { changeGuardLimits, proposeSpend } from '../src/approvals/index.js';
import { listAdChannelSpends } from '../src/store/approvals.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

const MERCHANT = 'demo';

describe('approvals inbox in Chromium on a phone', () => {
  const k = useKaikuan();
  let adBudget: string;
  let campaign: string;
  beforeAll(async () => {
    adBudget = (await proposeSpend(k.app.store, MERCHANT, {
      agent: 'promotion', action: 'raise_daily_budget', amountYuan: 260, channel: 'ad:淘宝',
      description: '露营车"加厚把手"直通车日预算提高 260 元', payload: { keyword: '露营车 加厚把手' },
    })).id;
    campaign = (await proposeSpend(k.app.store, MERCHANT, {
      agent: 'campaign', action: 'join_campaign', amountYuan: 120, channel: 'campaign:拼多多-double-12',
      description: '报名拼多多双十二活动（让利 120 元）', payload: {},
    })).id;
  });

  const card = (id: string) => k.page.locator(`[data-testid=proposal][data-id="${id}"]`);

  it('confirms one spend and rejects another; only the confirmed one reaches the channel', async () => {
    await openPage(k.page, '花钱审批');
    await card(adBudget).waitFor();
    expect(await k.page.getByTestId('proposal').count()).toBe(2);
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await card(adBudget).getByTestId('proposal-confirm').tap();
    await card(adBudget).waitFor({ state: 'detached' });
    await card(campaign).getByTestId('proposal-reason').fill('今年不参加双十二');
    await card(campaign).getByTestId('proposal-reject').tap();
    await k.page.getByTestId('approvals-empty').waitFor();

    const booked = await listAdChannelSpends(k.app.store, MERCHANT);
    expect(booked.map((b) => [b.proposal_id, b.amount_yuan])).toEqual([[adBudget, 260]]);
    expect((await k.page.getByTestId('budget-today').textContent())).toContain('260');
  });

  it('shows the outcomes in the full list, with undo while the ad channel allows it', async () => {
    await k.page.getByTestId('approvals-view-all').tap();
    await card(adBudget).waitFor();
    expect(await card(adBudget).getAttribute('data-status')).toBe('executed');
    expect(await card(campaign).getAttribute('data-status')).toBe('rejected');
    expect(await card(campaign).textContent()).toContain('今年不参加双十二');
    expect(await card(adBudget).getByTestId('proposal-undo').count()).toBe(1);
  });

  it('asks twice for a large spend and moves the money only after the second tap', async () => {
    // No cooling-off in the test; the delay itself is covered by the guard's unit and API tests.
    await changeGuardLimits(k.app.store, MERCHANT, { secondConfirmDelayMinutes: 0 }, { id: 'system', label: null });
    const big = (await proposeSpend(k.app.store, MERCHANT, {
      agent: 'promotion', action: 'resume_campaign', amountYuan: 800, channel: 'ad:淘宝', description: '重开"收纳箱大号"推广计划，预算 800 元', payload: {},
    })).id;
    await k.page.getByTestId('approvals-view-open').tap();
    await card(big).getByTestId('proposal-confirm').tap();
    await card(big).and(k.page.locator('[data-status=awaiting_second]')).waitFor();
    expect(await listAdChannelSpends(k.app.store, MERCHANT)).toHaveLength(1);
    await card(big).getByTestId('proposal-confirm').tap();
    await card(big).waitFor({ state: 'detached' });
    expect((await listAdChannelSpends(k.app.store, MERCHANT)).map((b) => b.amount_yuan)).toEqual([260, 800]);
  });

  it('lets the owner lower the daily budget from the phone, after which a spend that no longer fits is refused', async () => {
    await k.page.getByTestId('limits').locator('summary').tap();
    await k.page.getByTestId('limit-dailyBudgetYuan').fill('1100');
    await k.page.getByTestId('limits-save').tap();
    await k.page.getByTestId('budget-today').filter({ hasText: '/ 1,100' }).waitFor();
    const late = await proposeSpend(k.app.store, MERCHANT, {
      agent: 'promotion', action: 'add_keyword', amountYuan: 50, channel: 'ad:淘宝', description: '新投"折叠露营车"', payload: {},
    });
    expect(late).toMatchObject({ status: 'refused', reason: expect.stringMatching(/daily budget/) });
  });

  it('records who confirmed and who rejected in the audit log', async () => {
    await openPage(k.page, '操作记录');
    await k.page.getByTestId('audit-log').waitFor();
    const rows = await k.page.getByTestId('audit-event').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-action'), (tr.children[1] as HTMLElement).innerText]));
    expect(rows.filter(([action]) => action === 'confirmed')).toEqual([['confirmed', '演示老板'], ['confirmed', '演示老板']]);
    expect(rows.filter(([action]) => action === 'rejected')).toEqual([['rejected', '演示老板']]);
    expect(rows.filter(([action]) => action === 'executed')).toHaveLength(2);
    expect(rows.filter(([action]) => action === 'second_confirmed')).toEqual([['second_confirmed', '演示老板']]);
    expect(rows.filter(([action]) => action === 'limits_changed').map(([, who]) => who)).toEqual(['演示老板', '系统']);
  });
});
