import { displayWidth } from '../text-width.js';
import { PLATFORM_RULES, type Platform } from '../product/platform-copy.js';
import { assembleApp } from '../../app.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../config.js';
import { loadDemoIfEmpty } from '../../demo/load.js';
import { openAiCompatibleProvider } from '../../llm/openai-compatible.js';
import { offlineProvider } from '../../llm/offline.js';
import { completion, sendJson, startTestLlmServer } from '../../llm/test-server.js';
import { findAgentTask, listAgentTasks } from '../../store/agents.js';
import { useFreshStore } from '../../store/test-hooks.js';
import { storesUnderTest } from '../../store/testing.js';
import { findBannedClaims } from '../product/banned-claims.js';
import type { AgentTask } from '../../domain/agent-task.js';
import { planTheWeek } from './manager.js';
import { reviewTask, runAgentTask } from './team.js';
import type { AgentWorkplace } from './workplace.js';

// The demo shop's history ends 2026-11-20; the team works on that day.
const now = () => new Date('2026-11-20T10:00:00.000Z');
const M = 'demo';

type Output = Record<string, any>;

for (const under of storesUnderTest()) {
  describe(`the digital employee team on ${under.name}`, () => {
    const store = useFreshStore(under, { seed: (opened) => loadDemoIfEmpty(assembleApp(configFromEnv({}), opened)) });
    const place: AgentWorkplace = { store, llm: offlineProvider, now };
    let llm: Awaited<ReturnType<typeof startTestLlmServer>>;
    beforeAll(async () => {
      llm = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('unused')));
    });
    afterAll(() => llm.close());

    it('product specialist writes a compliant title with the attributes and records the task', async () => {
      const task = await runAgentTask(place, M, { role: 'product', task: 'listing', input: { productId: 'P-TROLLEY' }, askedBy: 'cli' });
      const output = task.output as Output;
      expect(task).toMatchObject({ role: 'product', task: 'listing', outcome: 'done', askedBy: 'cli', provider: 'offline', createdAt: '2026-11-20T10:00:00.000Z' });
      for (const value of ['加厚牛津布+钢管', '150kg', '80x20x18cm']) expect(output.finalTitle).toContain(value);
      expect(findBannedClaims(output.finalTitle)).toEqual([]);
      // The demo's growing complaint is the trolley's handle; the agent asks for the fact that answers it.
      expect(output.suggestions.some((s: string) => s.includes('拉杆'))).toBe(true);
      // one fitted listing per marketplace, each within its title width and selling-point count
      expect(output.platforms.map((p: { platform: string }) => p.platform)).toEqual(['1688', 'taobao', 'pinduoduo', 'douyin']);
      for (const fitted of output.platforms) {
        expect(displayWidth(fitted.title)).toBeLessThanOrEqual(PLATFORM_RULES[fitted.platform as Platform].titleWidth.max);
        expect(fitted.points.length).toBeLessThanOrEqual(PLATFORM_RULES[fitted.platform as Platform].points);
      }
      expect(await findAgentTask(store, M, task.id)).toMatchObject({ input: { productId: 'P-TROLLEY' }, outcome: 'done' });
    });

    it('refuses unknown roles, jobs, products and bad input without recording anything', async () => {
      const before = (await listAgentTasks(store, M)).length;
      await expect(runAgentTask(place, M, { role: 'cashier', task: 'pay', input: {}, askedBy: 'cli' })).rejects.toMatchObject({ code: 'bad_input' });
      await expect(runAgentTask(place, M, { role: 'product', task: 'pay', input: {}, askedBy: 'cli' })).rejects.toMatchObject({ code: 'bad_input' });
      await expect(runAgentTask(place, M, { role: 'service', task: 'answer', input: { productId: 'P-BOX-L' }, askedBy: 'cli' })).rejects.toMatchObject({ code: 'bad_input' });
      await expect(runAgentTask(place, M, { role: 'product', task: 'listing', input: { productId: 'C-BOX' }, askedBy: 'cli' })).rejects.toMatchObject({ code: 'not_found' });
      expect(await listAgentTasks(store, M)).toHaveLength(before);
    });

    it('customer service hands over what it does not know, and learns the owner\'s answer', async () => {
      const ask = () => runAgentTask(place, M, { role: 'service', task: 'answer', input: { productId: 'P-BOX-L', question: '箱子有没有塑料味？' }, askedBy: 'account:owner' });
      const first = await ask();
      expect(first.outcome).toBe('needs_human');
      expect((first.output as Output).abstained).toBe(true);
      await reviewTask(place, M, first.id, { outcome: 'rejected', by: 'account:owner', answer: '新箱子开箱会有一点点塑料味，通风一天就散了。' });
      const second = await ask();
      expect(second.outcome).toBe('done');
      expect((second.output as Output).answer).toBe('亲，新箱子开箱会有一点点塑料味，通风一天就散了。');
      await expect(reviewTask(place, M, first.id, { outcome: 'accepted', by: 'account:owner' })).rejects.toMatchObject({ code: 'conflict' });
    });

    it('campaign specialist only proposes sign-ups through the money guard; nothing is executed', async () => {
      const task = await runAgentTask(place, M, { role: 'campaign', task: 'campaigns', input: {}, askedBy: 'cli' });
      const output = task.output as Output;
      expect(task.outcome).toBe('proposed');
      const joined = output.campaigns.filter((c: Output) => c.join);
      expect(joined.map((c: Output) => `${c.platform}:${c.eventId}`)).toContain('淘宝:double-12');
      const proposals = await store.db.selectFrom('spend_proposal').selectAll().where('merchant_id', '=', M).where('agent', '=', 'campaign').execute();
      expect(proposals.map((p) => p.id).sort()).toEqual(output.proposals.map((p: Output) => p.proposalId).sort());
      expect(proposals.every((p) => p.status === 'pending' || p.status === 'awaiting_second' || p.status === 'refused')).toBe(true);
      expect(await store.db.selectFrom('spend_execution').selectAll().where('merchant_id', '=', M).execute()).toEqual([]);
      // Run again: the idempotency keys return the same proposals rather than new ones.
      const again = await runAgentTask(place, M, { role: 'campaign', task: 'campaigns', input: {}, askedBy: 'cli' });
      expect((again.output as Output).proposals.map((p: Output) => p.proposalId).sort()).toEqual(output.proposals.map((p: Output) => p.proposalId).sort());
    });

    it('store manager plans the week and has each assignment done as its own recorded task', async () => {
      const plan = await runAgentTask(place, M, { role: 'manager', task: 'plan', input: { run: true }, askedBy: 'account:owner' });
      const output = plan.output as Output;
      expect(output.weekOf).toBe('2026-11-16');
      expect(output.assignments.length).toBeGreaterThanOrEqual(3);
      expect(output.assignments[0].priority).toBe(1);
      const children = await listAgentTasks(store, M, { parentId: plan.id });
      expect(children).toHaveLength(output.assignments.length);
      expect(children.every((c) => c.askedBy === 'agent:manager')).toBe(true);
      expect(new Set(children.map((c) => c.role))).toEqual(new Set(output.assignments.map((a: Output) => a.role)));
      // The one question service handed over was answered by the owner above: nothing waits.
      expect(output.forOwner).toEqual([]);
    });

    it('store manager keeps the team working when one specialist fails', async () => {
      let calls = 0;
      const result = await planTheWeek(place, M, { run: true }, async () => {
        if (++calls === 1) throw new Error('platform is down');
        return { id: `T${calls}`, outcome: 'done' } as AgentTask;
      });
      const done = (result.output as Output).done as Output[];
      expect(done.length).toBeGreaterThanOrEqual(2);
      expect(done[0]).toMatchObject({ taskId: null, outcome: 'failed', error: 'platform is down' });
      expect(done.slice(1).every((d) => d.outcome === 'done')).toBe(true);
    });

    it('uses a model\'s title and copy when they pass the checks, and keeps the draft with the reason when not', async () => {
      const withModel = { ...place, llm: openAiCompatibleProvider({ url: llm.url, model: 'qwen2.5:7b-instruct', timeoutMs: 300 }) };
      const listing = () => runAgentTask(withModel, M, { role: 'product', task: 'listing', input: { productId: 'P-BOX-L' }, askedBy: 'cli' });

      const modelCopy = '【大容量】60L，换季衣物一箱装下\n【材质】PP，透明箱身一眼找到东西';
      llm.setReply((req, res) => {
        const isCopy = req.body.messages?.[0].content.includes('详情页');
        sendJson(res, 200, completion(isCopy ? modelCopy : '加厚透明收纳箱 60L PP 透明 大容量衣物整理箱'));
      });
      const good = await listing();
      expect(good).toMatchObject({ provider: 'openai-compatible:qwen2.5:7b-instruct', note: null });
      expect(good.output).toMatchObject({
        finalTitle: '加厚透明收纳箱 60L PP 透明 大容量衣物整理箱', titleBy: 'model',
        finalCopy: ['【大容量】60L，换季衣物一箱装下', '【材质】PP，透明箱身一眼找到东西'], copyBy: 'model',
      });

      // A rewrite breaking the rules keeps the draft, with the reason (the cases are in polish.test.ts).
      llm.setReply((_req, res) => sendJson(res, 200, completion('全网第一收纳箱 最好用')));
      const banned = await listing();
      expect(banned.output).toMatchObject({ titleBy: 'rules', copyBy: 'rules' });
      expect(banned.note).toContain('禁用词');
    });

    it('uses a model\'s answer to a buyer only when it keeps to the facts', async () => {
      const withModel = { ...place, llm: openAiCompatibleProvider({ url: llm.url, model: 'qwen2.5:7b-instruct', timeoutMs: 2_000 }) };
      const answer = () => runAgentTask(withModel, M, { role: 'service', task: 'answer', input: { productId: 'P-BOX-L', question: '容量多大' }, askedBy: 'cli' });
      llm.setReply((_req, res) => sendJson(res, 200, completion('亲，这款是60L的大容量，换季衣服都能装下哦～')));
      expect((await answer()).output).toMatchObject({ answer: '亲，这款是60L的大容量，换季衣服都能装下哦～', answerBy: 'model' });
      llm.setReply((_req, res) => sendJson(res, 200, completion('亲，容量有80L，全网最大！')));
      const invented = await answer();
      expect(invented.output).toMatchObject({ answer: '亲，容量是60L。', answerBy: 'rules' });
      expect(invented.note).toContain('80');
      expect(invented.note).toContain('禁用词');
    });
  });
}
