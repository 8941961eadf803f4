import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { createLlm, DEFAULT_EXTRACTION_CAPS, llmConfigFromEnv } from './config.js';
import { chatCompletionsUrl, openAiCompatibleProvider } from './openai-compatible.js';
import type { LlmRequest } from './provider.js';
import { completion, sendJson, startTestLlmServer } from './test-server.js';

const request: LlmRequest = {
  purpose: 'product.title',
  messages: [
    { role: 'system', content: '你是淘宝运营' },
    { role: 'user', content: '改写标题：加厚PP塑料收纳箱 带盖 45L' },
  ],
  draft: '加厚PP塑料收纳箱 带盖 45L',
};

let server: Awaited<ReturnType<typeof startTestLlmServer>>;
beforeAll(async () => {
  server = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('ok')));
});
afterAll(() => server.close());

const provider = (timeoutMs = 2_000, options: { key?: string } = { key: 'sk-test' }) =>
  openAiCompatibleProvider({ url: server.url, key: options.key, model: 'qwen2.5:7b-instruct', timeoutMs });

async function upstreamError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the provider to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('upstream');
  return error as AppError;
}

describe('OpenAI-compatible provider against a local test server', () => {
  it('sends model, messages and key, and returns the answer text', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('  加厚PP收纳箱 带盖 45L 衣物整理箱  ')));
    const before = server.requests.length;
    const reply = await provider().complete(request);
    expect(reply).toEqual({ text: '加厚PP收纳箱 带盖 45L 衣物整理箱', provider: 'openai-compatible', model: 'qwen2.5:7b-instruct' });
    const seen = server.requests[before];
    expect(seen.path).toBe('/v1/chat/completions');
    expect(seen.headers.authorization).toBe('Bearer sk-test');
    expect(seen.body.model).toBe('qwen2.5:7b-instruct');
    expect(seen.body.messages).toEqual(request.messages);
  });

  it('sends no authorization header when no key is configured (local Ollama)', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('好的')));
    const before = server.requests.length;
    await provider(2_000, {}).complete(request);
    expect(server.requests[before].headers.authorization).toBeUndefined();
  });

  it('drops the <think> block reasoning models put before the answer', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('<think>标题要有容量…</think>\n收纳箱 45L')));
    expect((await provider().complete(request)).text).toBe('收纳箱 45L');
  });

  it('fails with a clear timeout error when the model is too slow', async () => {
    server.setReply(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      if (!res.destroyed) sendJson(res, 200, completion('太晚了'));
    });
    const started = Date.now();
    const error = await upstreamError(provider(150).complete(request));
    expect(Date.now() - started).toBeLessThan(550);
    expect(error.message).toContain('no answer within 150 ms');
    expect(error.message).toContain('product.title');
  });

  it('names a body that is not JSON', async () => {
    server.setReply((_req, res) => sendJson(res, 200, '<html>502 Bad Gateway</html>'));
    const error = await upstreamError(provider().complete(request));
    expect(error.message).toContain('not JSON');
    expect(error.message).toContain('502 Bad Gateway');
  });

  it('names JSON that is not a chat completion', async () => {
    server.setReply((_req, res) => sendJson(res, 200, JSON.stringify({ choices: [] })));
    expect((await upstreamError(provider().complete(request))).message).toContain('not a chat completion (problem at choices)');
    server.setReply((_req, res) => sendJson(res, 200, JSON.stringify({ choices: [{ text: 'legacy completion' }] })));
    expect((await upstreamError(provider().complete(request))).message).toContain('choices.0.message');
  });

  it('refuses an empty answer, including one that was only thinking', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('<think>嗯</think>  ')));
    expect((await upstreamError(provider().complete(request))).message).toContain('empty answer');
    server.setReply((_req, res) => sendJson(res, 200, completion(null)));
    expect((await upstreamError(provider().complete(request))).message).toContain('empty answer');
  });

  it('quotes the upstream error and hints at the key on 401', async () => {
    server.setReply((_req, res) => sendJson(res, 401, JSON.stringify({ error: { message: 'Incorrect API key provided' } })));
    const error = await upstreamError(provider().complete(request));
    expect(error.message).toContain('HTTP 401 — check KAIKUAN_LLM_KEY: Incorrect API key provided');
    server.setReply((_req, res) => sendJson(res, 200, JSON.stringify({ error: 'model "qwen9" not found' })));
    expect((await upstreamError(provider().complete(request))).message).toContain('model "qwen9" not found');
  });

  it('says it could not connect when nothing listens', async () => {
    const closed = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('x')));
    await closed.close();
    const dead = openAiCompatibleProvider({ url: closed.url, model: 'm', timeoutMs: 2_000 });
    expect((await upstreamError(dead.complete(request))).message).toContain('could not connect (ECONNREFUSED)');
  });
});

describe('LLM configuration', () => {
  it('is offline with no URL and returns the draft', async () => {
    const llm = createLlm(llmConfigFromEnv({}));
    expect(llm.name).toBe('offline');
    expect((await llm.complete(request)).text).toBe(request.draft);
  });

  it('builds the HTTP provider from KAIKUAN_LLM_* and demands a model name', () => {
    const env = { KAIKUAN_LLM_URL: 'http://127.0.0.1:11434/v1', KAIKUAN_LLM_MODEL: 'qwen2.5:7b-instruct', KAIKUAN_LLM_TIMEOUT_MS: '5000' };
    const llm = createLlm(llmConfigFromEnv(env));
    expect([llm.name, llm.model]).toEqual(['openai-compatible', 'qwen2.5:7b-instruct']);
    expect(() => createLlm(llmConfigFromEnv({ KAIKUAN_LLM_URL: 'http://x/v1' }))).toThrow(/KAIKUAN_LLM_MODEL/);
    expect(() => llmConfigFromEnv({ KAIKUAN_LLM_TIMEOUT_MS: 'soon' })).toThrow(/KAIKUAN_LLM_TIMEOUT_MS/);
  });

  it('caps the reading of unsure clauses per run, by default and from KAIKUAN_LLM_EXTRACT_*', () => {
    expect(llmConfigFromEnv({}).extraction).toEqual(DEFAULT_EXTRACTION_CAPS);
    const env = { KAIKUAN_LLM_EXTRACT_CALLS: '10', KAIKUAN_LLM_EXTRACT_TOKENS: '5000', KAIKUAN_LLM_EXTRACT_SECONDS: '0' };
    expect(llmConfigFromEnv(env).extraction).toEqual({ calls: 10, tokens: 5000, seconds: 0 });
    expect(() => llmConfigFromEnv({ KAIKUAN_LLM_EXTRACT_CALLS: 'many' })).toThrow(/KAIKUAN_LLM_EXTRACT_CALLS/);
  });

  it('accepts a base URL or the full chat-completions URL', () => {
    expect(chatCompletionsUrl('http://h:8000/v1/')).toBe('http://h:8000/v1/chat/completions');
    expect(chatCompletionsUrl('https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions')).toBe(
      'https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions',
    );
  });
});
