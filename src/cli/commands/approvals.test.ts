import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { proposeSpend } from '../../approvals/index.js';
import { openStore } from '../../store/store.js';
import { runCli } from '../main.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await runCli(argv);
  const out = log.mock.calls.map((c) => c.join(' ')).join('\n');
  vi.restoreAllMocks();
  return { code, out };
}

/** Proposes as an agent would, through a second connection to the CLI's database. */
async function propose(dataDir: string, amountYuan: number): Promise<string> {
  const store = await openStore({ kind: 'sqlite', path: join(dataDir, 'kaikuan.db') });
  try {
    const p = await proposeSpend(store, 'demo', {
      agent: 'campaign', action: 'join_campaign', amountYuan, channel: 'campaign:天猫-双12', description: `报名双12，让利 ${amountYuan} 元`, payload: {},
    });
    return p.id;
  } finally {
    await store.close();
  }
}

describe('kaikuan approvals', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaikuan-cli-approvals-'));
  beforeAll(async () => {
    vi.stubEnv('KAIKUAN_DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', '');
    expect((await cli('demo', '--json')).code).toBe(0);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => vi.unstubAllEnvs());

  it('lists, confirms and rejects proposals as JSON, naming the person at the terminal', async () => {
    const joined = await propose(dataDir, 150);
    const skipped = await propose(dataDir, 80);
    const list = JSON.parse((await cli('approvals', 'list', '--merchant', 'demo', '--json')).out);
    expect(list.inbox.proposals.map((o: { proposal: { id: string } }) => o.proposal.id).sort()).toEqual([joined, skipped].sort());

    const confirmed = JSON.parse((await cli('approvals', 'confirm', joined, '--merchant', 'demo', '--json')).out);
    expect(confirmed.outcome.proposal).toMatchObject({ status: 'executed', firstConfirmedBy: expect.stringMatching(/^cli:/) });
    // Campaign sign-ups bind the shop once registered: no undo window.
    expect(confirmed.outcome.execution.undoUntil).toBeNull();
    const rejected = JSON.parse((await cli('approvals', 'reject', skipped, '--merchant', 'demo', '--reason', '利润太薄', '--json')).out);
    expect(rejected.outcome.proposal).toMatchObject({ status: 'rejected', reason: '利润太薄' });

    const audit = JSON.parse((await cli('approvals', 'audit', '--merchant', 'demo', '--json')).out);
    expect(audit.events.map((e: { action: string }) => e.action)).toEqual(['rejected', 'executed', 'confirmed', 'proposed', 'proposed']);
  });

  it('changes limits, puts one back to its default, and fails clearly on bad input', async () => {
    const changed = JSON.parse((await cli('approvals', 'limits', '--merchant', 'demo', '--daily', '800', '--cap', '600', '--json')).out);
    expect(changed.settings.limits).toMatchObject({ dailyBudgetYuan: 800, capYuan: 600, secondConfirmAboveYuan: 500 });
    const reset = JSON.parse((await cli('approvals', 'limits', '--merchant', 'demo', '--cap', 'default', '--json')).out);
    expect(reset.settings.limits).toMatchObject({ dailyBudgetYuan: 800, capYuan: 3_000 });

    expect((await cli('approvals', 'limits', '--merchant', 'demo', '--daily', 'lots')).code).toBe(2);
    expect((await cli('approvals', 'confirm', '--merchant', 'demo')).code).toBe(2);
    const missing = await cli('approvals', 'confirm', 'no-such-id', '--merchant', 'demo', '--json');
    expect(JSON.parse(missing.out).error.code).toBe('not_found');
  });
});
