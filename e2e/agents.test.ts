import { describe, expect, it } from 'vitest';
import { listAgentTasks, listServiceAnswers } from '../src/store/agents.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

describe('digital employee task inbox in Chromium', () => {
  const k = useKaikuan();

  const items = () => k.page.getByTestId('task-item');
  async function ask(question: string) {
    const before = await items().count();
    await k.page.getByTestId('job-product').selectOption('P-BOX-L');
    await k.page.getByTestId('job-question').fill(question);
    await k.page.getByTestId('job-ask').click();
    await k.page.waitForFunction((n) => document.querySelectorAll('[data-testid=task-item]').length === n + 1, before);
    return items().first();
  }

  it('starts empty and answers a buyer from the product facts', async () => {
    await openPage(k.page, '数字员工');
    await k.page.getByText('还没有任务').waitFor();
    const task = await ask('这个箱子容量多大？');
    expect(await task.getByTestId('task-summary').textContent()).toContain('答：亲，容量是60L。');
    expect(await task.getByTestId('task-outcome').textContent()).toBe('已完成');
  });

  it('hands over a question it cannot answer, and reuses the owner\'s reply next time', async () => {
    const task = await ask('箱子有没有塑料味？');
    expect(await task.getByTestId('task-outcome').textContent()).toBe('等我处理');
    expect(await task.getByTestId('task-summary').textContent()).toContain('需要跟厂家确认');
    const reply = '新箱子开箱有一点塑料味，通风一天就散了。';
    await task.getByTestId('task-reply').fill(reply);
    await task.getByTestId('task-reply-send').click();
    await k.page.waitForFunction(() => document.querySelector('[data-testid=task-item] [data-testid=task-outcome]')?.textContent === '已采纳');
    expect((await listServiceAnswers(k.app.store, 'demo', 'P-BOX-L')).map((a) => a.answer)).toEqual([reply]);

    const again = await ask('有没有塑料味');
    expect(await again.getByTestId('task-outcome').textContent()).toBe('已完成');
    expect(await again.getByTestId('task-summary').textContent()).toContain(`答：亲，${reply}`);
  });

  it('plans the week, has the team do it, and leaves every spend waiting for approval', async () => {
    await k.page.getByTestId('plan-week').click();
    await k.page.locator('[data-testid=task-item][data-role=manager]').waitFor({ timeout: 60_000 });
    const plan = (await listAgentTasks(k.app.store, 'demo', { role: 'manager' }))[0];
    const children = await listAgentTasks(k.app.store, 'demo', { parentId: plan.id });
    expect(children.length).toBe((plan.output as { assignments: unknown[] }).assignments.length);
    expect(await items().count()).toBe(4 + children.length);
    const managerCard = k.page.locator('[data-testid=task-item][data-role=manager]');
    expect(await managerCard.getByTestId('task-summary').locator('li').count()).toBeGreaterThanOrEqual(children.length);
    expect(await k.page.getByTestId('tasks-chart').locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);

    const proposals = await k.app.store.db.selectFrom('spend_proposal').select(['id', 'status', 'agent']).where('merchant_id', '=', 'demo').execute();
    expect(proposals.every((p) => ['pending', 'awaiting_second', 'refused'].includes(p.status))).toBe(true);
    expect(await k.app.store.db.selectFrom('spend_execution').selectAll().where('merchant_id', '=', 'demo').execute()).toEqual([]);
    if (children.some((c) => c.outcome === 'proposed')) {
      await k.page.getByTestId('filter-proposed').click();
      await k.page.locator('[data-testid=task-item][data-outcome=proposed]').first().waitFor();
      expect(await k.page.locator('[data-testid=task-item]:not([data-outcome=proposed])').count()).toBe(0);
      // The owner follows the link and finds the agents' spends in the approvals inbox, still unexecuted.
      await k.page.getByRole('link', { name: '去审批' }).first().click();
      const pending = proposals.filter((p) => p.status !== 'refused');
      await k.page.locator(`[data-testid=proposal][data-id="${pending[0].id}"]`).waitFor();
      expect(await k.page.locator('[data-testid=proposal]').count()).toBe(pending.length);
    }
  });

  it('fits a phone screen and speaks English on request', async () => {
    await openPage(k.page, '数字员工');
    await k.page.getByTestId('task-item').first().waitFor();
    const overflow = await k.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await k.page.getByRole('button', { name: 'English' }).click();
    await k.page.getByText('Digital staff task inbox').waitFor();
  });
});
