import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineProvider } from '../../llm/offline.js';
import { openAiCompatibleProvider } from '../../llm/openai-compatible.js';
import { completion, sendJson, startTestLlmServer } from '../../llm/test-server.js';
import { polish } from './polish.js';

const prompt = { system: '只输出标题', user: '草稿标题：加厚收纳箱 60L' };
const draft = '加厚收纳箱 60L';
/** Accepts any text that keeps "60L", like the agents' checks keep attribute values. */
const keeps60L = (candidate: string) => (candidate.includes('60L') ? { ok: true, problems: [] } : { ok: false, problems: ['丢了属性：容量'] });

let server: Awaited<ReturnType<typeof startTestLlmServer>>;
beforeAll(async () => {
  server = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('x')));
});
afterAll(() => server.close());
const model = (timeoutMs = 2_000) => openAiCompatibleProvider({ url: server.url, model: 'qwen2.5:7b-instruct', timeoutMs });

describe('polishing a draft with a model', () => {
  it('offline, hands the draft back without calling anything', async () => {
    const before = server.requests.length;
    expect(await polish(offlineProvider, 'product.title', prompt, draft, keeps60L)).toEqual({ text: draft, by: 'rules', note: null });
    expect(server.requests.length).toBe(before);
  });

  it('sends the prompt as system and user messages and takes a rewrite that passes the check', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('加厚透明收纳箱 60L 衣柜收纳')));
    const before = server.requests.length;
    expect(await polish(model(), 'product.title', prompt, draft, keeps60L)).toEqual({ text: '加厚透明收纳箱 60L 衣柜收纳', by: 'model', note: null });
    expect(server.requests[before].body.messages).toEqual([{ role: 'system', content: prompt.system }, { role: 'user', content: prompt.user }]);
  });

  it('keeps the draft, saying why, when the rewrite fails the check', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('加厚透明收纳箱')));
    expect(await polish(model(), 'product.title', prompt, draft, keeps60L)).toEqual({ text: draft, by: 'rules', note: '模型结果未采用（丢了属性：容量）' });
  });

  it('keeps the draft when the model is too slow or answers garbage', async () => {
    server.setReply(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (!res.destroyed) sendJson(res, 200, completion('太晚了 60L'));
    });
    const slow = await polish(model(100), 'product.title', prompt, draft, keeps60L);
    expect(slow).toMatchObject({ text: draft, by: 'rules' });
    expect(slow.note).toContain('no answer within 100 ms');
    server.setReply((_req, res) => sendJson(res, 200, '{"choices": "oops"'));
    expect((await polish(model(), 'product.title', prompt, draft, keeps60L)).note).toContain('not JSON');
  });

  it('lets errors that are not the model\'s through', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('60L')));
    const broken = () => {
      throw new Error('bug in a check');
    };
    await expect(polish(model(), 'product.title', prompt, draft, broken)).rejects.toThrow('bug in a check');
  });
});
