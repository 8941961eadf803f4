import { describe, expect, it } from 'vitest';
import { listAdChannelSpends } from '../../store/approvals.js';
import { itRacingSessions } from '../../store/test-hooks.js';
import { storesUnderTest } from '../../store/testing.js';
import { useTestApi } from '../testing.js';

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
  const api = useTestApi(under, ['ningbo', 'shantou'], { basePath: '/api/approvals', displayName: (id) => `${id} 老板` });

  itRacingSessions(under)('spends once when the same confirmation arrives many times at once over HTTP', async () => {
    const proposal = await (await api.as('ningbo').post('', proposalBody(180))).json();
    expect(proposal.status).toBe('pending');
    const responses = await Promise.all(Array.from({ length: PARALLEL_TAPS }, () => api.as('ningbo').post(`/${proposal.id}/confirm`, {})));
    expect(responses.map((r) => r.status)).toEqual(Array(PARALLEL_TAPS).fill(200));
    expect((await listAdChannelSpends(api.app.store, 'ningbo')).filter((s) => s.proposal_id === proposal.id)).toHaveLength(1);
    const detail = await (await api.as('ningbo').get(`/${proposal.id}`)).json();
    expect(detail.proposal.status).toBe('executed');
    const confirmed = detail.audit.find((e: { action: string }) => e.action === 'confirmed');
    expect(confirmed.actorLabel).toBe('ningbo 老板');
  });

  it('lists only open proposals by default and rejects with a reason', async () => {
    const proposal = await (await api.as('ningbo').post('', proposalBody(90))).json();
    const open = await (await api.as('ningbo').get('')).json();
    expect(open.proposals.map((o: { proposal: { id: string } }) => o.proposal.id)).toEqual([proposal.id]);
    expect(open.limits.dailyBudgetYuan).toBe(3_000);
    const rejected = await (await api.as('ningbo').post(`/${proposal.id}/reject`, { reason: '先看自然流量' })).json();
    expect(rejected.proposal).toMatchObject({ status: 'rejected', reason: '先看自然流量' });
    expect((await (await api.as('ningbo').get('')).json()).proposals).toHaveLength(0);
  });

  it('hides one merchant\'s proposals from another', async () => {
    const proposal = await (await api.as('ningbo').post('', proposalBody(50))).json();
    expect((await api.as('shantou').post(`/${proposal.id}/confirm`, {})).status).toBe(404);
    expect((await (await api.as('shantou').get('/audit')).json()).events).toHaveLength(0);
  });

  it('maps guard refusals to HTTP: bad input 400, second confirmation too early 409, over budget 422', async () => {
    expect((await api.as('ningbo').post('', { ...proposalBody(50), amountYuan: -5 })).status).toBe(400);
    const big = await (await api.as('ningbo').post('', proposalBody(800))).json();
    const first = await (await api.as('ningbo').post(`/${big.id}/confirm`, {})).json();
    expect(first.proposal.status).toBe('awaiting_second');
    const early = await api.as('ningbo').post(`/${big.id}/confirm`, {});
    expect(early.status).toBe(409);
    expect((await early.json()).error.details.secondConfirmOpensAt).toBe(first.proposal.secondConfirmOpensAt);

    const small = await (await api.as('ningbo').post('', proposalBody(60))).json();
    expect(small.status).toBe('pending');
    const settings = await api.as('ningbo').put('/settings', { dailyBudgetYuan: 50 });
    expect((await settings.json()).limits.dailyBudgetYuan).toBe(50);
    const over = await api.as('ningbo').post(`/${small.id}/confirm`, {});
    expect(over.status).toBe(422);
    const refusal = (await over.json()).error;
    expect(refusal).toMatchObject({ key: 'over_daily_budget', params: { budget: 50 } });
    expect(refusal.message).toMatch(/^超出每日预算：今天已经确认了 \d+ 元，每日预算 50 元$/);
    await api.as('ningbo').put('/settings', { dailyBudgetYuan: null });
  });
});
