import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { proposeSpend } from '../../approvals/index.js';
import { assembleApp } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { useFreshStore } from '../../store/test-hooks.js';
import { storesUnderTest } from '../../store/testing.js';
import type { CliContext } from '../command.js';
import { approvalsCommand } from './approvals.js';

const MERCHANT = 'ningbo-pens';

describe('kaikuan approvals', () => {
  const app = assembleApp(configFromEnv({}), useFreshStore(storesUnderTest()[0], { merchants: [{ id: MERCHANT, name: '宁波文具' }] }));
  const ctx: CliContext = { json: true, app: async () => app, progress: () => ({ tick() {}, done() {} }) };
  /** Parses argv with the command's own options, as `kaikuan` does, and runs it. */
  const run = (...argv: string[]) => {
    const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: approvalsCommand.options });
    return approvalsCommand.run(ctx, { positionals, values: values as never });
  };
  const propose = async (amountYuan: number) =>
    (await proposeSpend(app.store, MERCHANT, {
      agent: 'campaign', action: 'join_campaign', amountYuan, channel: 'campaign:天猫-双12', description: `报名双12，让利 ${amountYuan} 元`, payload: {},
    })).id;

  it('lists, confirms and rejects proposals, naming the person at the terminal', async () => {
    const joined = await propose(150);
    const skipped = await propose(80);
    const list = await run('list', '--merchant', MERCHANT);
    expect(list.action === 'list' && list.inbox.proposals.map((o) => o.proposal.id).sort()).toEqual([joined, skipped].sort());

    const confirmed = await run('confirm', joined, '--merchant', MERCHANT);
    expect(confirmed.action === 'confirm' && confirmed.outcome.proposal).toMatchObject({ status: 'executed', firstConfirmedBy: expect.stringMatching(/^cli:/) });
    // Campaign sign-ups bind the shop once registered: no undo window.
    expect(confirmed.action === 'confirm' && confirmed.outcome.execution?.undoUntil).toBeNull();
    expect(approvalsCommand.human!(confirmed)).toMatch(/ 现在是“已花出”（¥150\.00，渠道 campaign:天猫-双12）$/);
    const rejected = await run('reject', skipped, '--merchant', MERCHANT, '--reason', '利润太薄');
    expect(rejected.action === 'reject' && rejected.outcome.proposal).toMatchObject({ status: 'rejected', reason: '利润太薄' });

    const audit = await run('audit', '--merchant', MERCHANT);
    expect(audit.action === 'audit' && audit.events.map((e) => e.action)).toEqual(['rejected', 'executed', 'confirmed', 'proposed', 'proposed']);
    expect(approvalsCommand.human!(await run('list', '--merchant', MERCHANT))).toMatch(/预算：今天已用 ¥150\.00（日预算 ¥3000\.00）/);
  });

  it('changes limits, puts one back to its default, and fails clearly on bad input', async () => {
    const changed = await run('limits', '--merchant', MERCHANT, '--daily', '800', '--cap', '600');
    expect(changed.action === 'limits' && changed.settings.limits).toMatchObject({ dailyBudgetYuan: 800, capYuan: 600, secondConfirmAboveYuan: 500 });
    const reset = await run('limits', '--merchant', MERCHANT, '--cap', 'default');
    expect(reset.action === 'limits' && reset.settings.limits).toMatchObject({ dailyBudgetYuan: 800, capYuan: 3_000 });

    await expect(run('limits', '--merchant', MERCHANT, '--daily', 'lots')).rejects.toMatchObject({ code: 'bad_input' });
    await expect(run('confirm', '--merchant', MERCHANT)).rejects.toMatchObject({ code: 'bad_input' });
    await expect(run('confirm', 'no-such-id', '--merchant', MERCHANT)).rejects.toMatchObject({ code: 'not_found' });
    await expect(run('list', '--merchant', 'nobody')).rejects.toMatchObject({ code: 'not_found' });
  });
});
