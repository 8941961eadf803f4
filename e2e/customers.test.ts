import { describe, expect, it } from 'vitest';
import { buildCustomerReport } from '../src/customers/customer-report.js';
import { buildMarketReport } from '../src/markets/market-report.js';
import { customerOrdersFor } from '../src/services/customers.js';
import { marketFactsFor } from '../src/services/markets.js';
import { approvalsInbox } from '../src/approvals/inbox.js';
import { listAgentTasks } from '../src/store/agents.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

describe('customers and markets pages in Chromium', () => {
  const k = useKaikuan();

  it('shows the demo shop’s buyers, segments chart, actions and ranked buyers in Chinese', async () => {
    const report = buildCustomerReport(await customerOrdersFor(k.app.store, 'demo'), { topBuyers: 20 })!;
    await openPage(k.page, '客户价值');
    const buyers = k.page.getByTestId('customers-buyers');
    await buyers.waitFor();
    expect((await buyers.textContent())!.replace(/\D/g, '')).toBe(String(report.buyers));
    expect(await k.page.getByTestId('segments-chart').locator('svg .recharts-bar-rectangle').count()).toBe(report.segments.length);
    expect(await k.page.getByTestId('customer-actions').textContent()).toContain('重点维护');
    expect(await k.page.getByTestId('segments').locator('tr').count()).toBe(report.segments.length);
    expect(await k.page.getByTestId('forecast-chart').locator('svg .recharts-line').count()).toBe(2);
    const rows = k.page.getByTestId('top-buyer');
    expect(await rows.count()).toBe(report.topBuyers.length);
    expect(await rows.first().locator('td').first().textContent()).toBe(report.topBuyers[0].buyerId);
    expect(await rows.first().textContent()).toContain(`共 ${report.topBuyers[0].rfm.reasons[1].value} 单`);
    expect(await k.page.getByTestId('small-orders-summary').textContent()).toContain(`≤${report.smallOrders.smallOrderUnits}`);
  });

  it('hands a buyer worth winning back to customer service, and proposes a coupon that waits for the owner', async () => {
    const first = k.page.getByTestId('win-back').first();
    await first.getByTestId('win-back-service').click();
    await first.getByText('客服专员已写好挽回消息').waitFor();
    const tasks = await listAgentTasks(k.app.store, 'demo', {});
    expect(tasks.some((t) => t.role === 'service' && t.task === 'winBack' && t.outcome === 'needs_human')).toBe(true);
    await first.getByTestId('win-back-coupon-amount').fill('12');
    await first.getByTestId('win-back-coupon').click();
    await first.getByText('你确认之前不会花一分钱').waitFor();
    const inbox = await approvalsInbox(k.app.store, 'demo', 'open');
    const coupon = inbox.proposals.find((p) => p.proposal.action === 'win_back_coupon')!;
    expect(coupon.proposal).toMatchObject({ amountYuan: 12, status: 'pending' });
    expect(coupon.execution).toBeNull();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('ranks regions, channels and categories on the markets page, top market first', async () => {
    const report = buildMarketReport(await marketFactsFor(k.app.store, 'demo'))!;
    await openPage(k.page, '市场机会');
    for (const dimension of ['region', 'channel', 'category'] as const) {
      const section = k.page.getByTestId(`markets-${dimension}`);
      await section.waitFor();
      const top = report.rankings.find((r) => r.dimension === dimension && r.rank === 1)!;
      expect(await section.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe(top.key);
      expect(await section.locator('svg .recharts-bar-rectangle').count()).toBe(report.rankings.filter((r) => r.dimension === dimension).length);
    }
    // 让活动专员出方案: the campaign employee plans from the top channel's orders alone.
    const topChannel = report.rankings.find((r) => r.dimension === 'channel' && r.rank === 1)!;
    await k.page.getByTestId('markets-channel').getByTestId('ask-campaign').first().click();
    await k.page.getByTestId('ask-campaign-answer').waitFor();
    const campaign = (await listAgentTasks(k.app.store, 'demo', {})).find((t) => t.role === 'campaign')!;
    expect((campaign.output as { scope: unknown }).scope).toEqual({ channel: topChannel.key });
    await k.page.getByRole('button', { name: 'English' }).click();
    await k.page.getByText('Where to sell').waitFor();
    expect(await k.page.getByTestId('markets-channel').textContent()).toContain('Channels');
  });
});
