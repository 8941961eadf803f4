import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleApp, type App } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { createAccount, createMerchant } from '../../store/accounts.js';
import { listAdChannelSpends } from '../../store/approvals.js';
import { storesUnderTest } from '../../store/testing.js';
import { createHttp } from '../http.js';

const PARALLEL_TAPS = 12;
const proposalBody = (amountYuan: number) => ({
  agent: 'promotion',
  action: 'raise_daily_budget',
  amountYuan,
  channel: 'ad:拼多多',
  description: `文具套装 搜索推广日预算 +${amountYuan} 元`,
  payload: { keyword: '文具套装' },
});

describe.each(storesUnderTest())('approvals API on $name', (under) => {
  let app: App;
  let dispose: () => Promise<void>;
  let http: ReturnType<typeof createHttp>;
  const tokens: Record<string, string> = {};
  const call = (who: string, path: string, method = 'GET', body?: unknown) =>
    http.request(`/api/approvals${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    const store = await under.open();
    dispose = store.dispose;
    app = assembleApp(configFromEnv({}), store);
    http = createHttp(app);
    for (const id of ['ningbo', 'shantou']) {
      await createMerchant(store, { id, name: id });
      await createAccount(store, id, { email: `${id}@shop.cn`, password: 'password-123', displayName: `${id} 老板` });
      const res = await http.request('/api/login', {
        method: 'POST',
        body: JSON.stringify({ email: `${id}@shop.cn`, password: 'password-123' }),
        headers: { 'content-type': 'application/json' },
      });
      tokens[id] = (await res.json()).token;
    }
  });
  afterAll(() => dispose());

  it('spends once when the same confirmation arrives many times at once over HTTP', async () => {
    const proposal = await (await call('ningbo', '', 'POST', proposalBody(180))).json();
    expect(proposal.status).toBe('pending');
    const responses = await Promise.all(Array.from({ length: PARALLEL_TAPS }, () => call('ningbo', `/${proposal.id}/confirm`, 'POST', {})));
    expect(responses.map((r) => r.status)).toEqual(Array(PARALLEL_TAPS).fill(200));
    expect((await listAdChannelSpends(app.store, 'ningbo')).filter((s) => s.proposal_id === proposal.id)).toHaveLength(1);
    const detail = await (await call('ningbo', `/${proposal.id}`)).json();
    expect(detail.proposal.status).toBe('executed');
    const confirmed = detail.audit.find((e: { action: string }) => e.action === 'confirmed');
    expect(confirmed.actorLabel).toBe('ningbo 老板');
  });

  it('lists only open proposals by default and rejects with a reason', async () => {
    const proposal = await (await call('ningbo', '', 'POST', proposalBody(90))).json();
    const open = await (await call('ningbo', '')).json();
    expect(open.proposals.map((o: { proposal: { id: string } }) => o.proposal.id)).toEqual([proposal.id]);
    expect(open.limits.dailyBudgetYuan).toBe(3_000);
    const rejected = await (await call('ningbo', `/${proposal.id}/reject`, 'POST', { reason: '先看自然流量' })).json();
    expect(rejected.proposal).toMatchObject({ status: 'rejected', reason: '先看自然流量' });
    expect((await (await call('ningbo', '')).json()).proposals).toHaveLength(0);
  });

  it('hides one merchant\'s proposals from another', async () => {
    const proposal = await (await call('ningbo', '', 'POST', proposalBody(50))).json();
    expect((await call('shantou', `/${proposal.id}/confirm`, 'POST', {})).status).toBe(404);
    expect((await (await call('shantou', '/audit')).json()).events).toHaveLength(0);
  });

  it('maps guard refusals to HTTP: bad input 400, second confirmation too early 409, over budget 422', async () => {
    expect((await call('ningbo', '', 'POST', { ...proposalBody(50), amountYuan: -5 })).status).toBe(400);
    const big = await (await call('ningbo', '', 'POST', proposalBody(800))).json();
    const first = await (await call('ningbo', `/${big.id}/confirm`, 'POST', {})).json();
    expect(first.proposal.status).toBe('awaiting_second');
    const early = await call('ningbo', `/${big.id}/confirm`, 'POST', {});
    expect(early.status).toBe(409);
    expect((await early.json()).error.details.secondConfirmOpensAt).toBe(first.proposal.secondConfirmOpensAt);

    const small = await (await call('ningbo', '', 'POST', proposalBody(60))).json();
    expect(small.status).toBe('pending');
    const settings = await call('ningbo', '/settings', 'PUT', { dailyBudgetYuan: 50 });
    expect((await settings.json()).limits.dailyBudgetYuan).toBe(50);
    const over = await call('ningbo', `/${small.id}/confirm`, 'POST', {});
    expect(over.status).toBe(422);
    expect((await over.json()).error.message).toMatch(/daily budget/);
    await call('ningbo', '/settings', 'PUT', { dailyBudgetYuan: null });
  });
});
