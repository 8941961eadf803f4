import { describe, expect, it } from 'vitest';
import {
  addServiceAnswer, countAgentTasks, findAgentTask, listAgentTasks, listServiceAnswers, recordAgentTask, reviewAgentTask, type NewAgentTask,
} from './agents.js';
import { itRacingSessions, useFreshStore } from './test-hooks.js';
import { storesUnderTest } from './testing.js';

const task = (over: Partial<NewAgentTask> = {}): NewAgentTask => ({
  role: 'service', task: 'answer', input: { productId: 'P-BOX-L', question: '有异味吗' },
  output: { answer: '亲，这个问题我需要跟厂家确认一下', abstained: true }, askedBy: 'account:a1', parentId: null,
  createdAt: '2026-11-20T08:00:00.000Z', finishedAt: '2026-11-20T08:00:01.000Z', outcome: 'needs_human', provider: 'offline', note: null,
  ...over,
});

for (const under of storesUnderTest()) {
  describe(`agent task records on ${under.name}`, () => {
    const store = useFreshStore(under, {
      merchants: [{ id: 'm1', name: '台州好收纳' }, { id: 'm2', name: '宁波文具' }],
    });

    it('records input, output, who asked, when and the outcome, scoped by merchant', async () => {
      const saved = await recordAgentTask(store, 'm1', task());
      await recordAgentTask(store, 'm1', task({ role: 'product', task: 'listing', outcome: 'done', createdAt: '2026-11-21T08:00:00.000Z' }));
      await recordAgentTask(store, 'm2', task());
      expect(await findAgentTask(store, 'm1', saved.id)).toEqual({ ...saved, reviewedBy: null, reviewedAt: null });
      expect((await findAgentTask(store, 'm1', saved.id))!.input).toEqual({ productId: 'P-BOX-L', question: '有异味吗' });
      expect(await findAgentTask(store, 'm2', saved.id)).toBeUndefined();
      expect((await listAgentTasks(store, 'm1')).map((t) => t.role)).toEqual(['product', 'service']);
      expect(await listAgentTasks(store, 'm1', { role: 'service' })).toHaveLength(1);
      expect(await countAgentTasks(store, 'm1', 'needs_human')).toBe(1);
    });

    itRacingSessions(under)('accepts one review only, even when two race', async () => {
      const saved = await recordAgentTask(store, 'm1', task());
      const results = await Promise.allSettled([
        reviewAgentTask(store, 'm1', saved.id, { outcome: 'accepted', by: 'account:a1', at: '2026-11-20T09:00:00.000Z' }),
        reviewAgentTask(store, 'm1', saved.id, { outcome: 'rejected', by: 'account:a2', at: '2026-11-20T09:00:00.000Z' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason.code).toBe('conflict');
      const final = (await findAgentTask(store, 'm1', saved.id))!;
      expect(['accepted', 'rejected']).toContain(final.outcome);
      await expect(reviewAgentTask(store, 'm2', saved.id, { outcome: 'accepted', by: 'x', at: 'y' })).rejects.toMatchObject({ code: 'not_found' });
    });

    it('keeps past answers per product plus shop-wide ones', async () => {
      await addServiceAnswer(store, 'm1', { productId: 'P-BOX-L', question: '盖子好打开吗', answer: '按下卡扣就开', source: 'owner', at: '2026-11-20T08:00:00.000Z' });
      await addServiceAnswer(store, 'm1', { productId: null, question: '从哪发货', answer: '浙江台州', source: 'owner', at: '2026-11-20T08:00:01.000Z' });
      await addServiceAnswer(store, 'm1', { productId: 'P-TROLLEY', question: '拉杆能调吗', answer: '不能', source: 'owner', at: '2026-11-20T08:00:02.000Z' });
      expect((await listServiceAnswers(store, 'm1', 'P-BOX-L')).map((a) => a.question)).toEqual(['盖子好打开吗', '从哪发货']);
      expect(await listServiceAnswers(store, 'm2')).toEqual([]);
    });
  });
}
