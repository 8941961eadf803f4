import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import type { LlmProvider, LlmReply, LlmRequest } from './provider.js';

export interface OpenAiCompatibleConfig {
  /** Base URL such as `http://127.0.0.1:11434/v1` (Ollama) or `http://gpu:8000/v1` (vLLM). */
  url: string;
  key?: string;
  model: string;
  timeoutMs: number;
}

/** Low temperature: listings and answers must stay close to the facts in the draft. */
const TEMPERATURE = 0.3;
/** Enough for a title, a listing or a short answer; longer replies are cut by the server. */
const DEFAULT_MAX_TOKENS = 600;
/** How much of an upstream error body to quote back; enough to read the reason, not a whole HTML page. */
const ERROR_BODY_CHARS = 300;

const replySchema = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable() }) }))
    .min(1),
  model: z.string().optional(),
});

const errorBodySchema = z.object({ error: z.union([z.string(), z.object({ message: z.string() })]) });

/** Qwen3, DeepSeek-R1 and similar reasoning models put their thinking in <think> blocks. */
const THINKING = /<think>[\s\S]*?<\/think>/g;

export function chatCompletionsUrl(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed.endsWith('/chat/completions') ? trimmed : `${trimmed}/chat/completions`;
}

/** Any endpoint speaking the OpenAI chat-completions protocol: Ollama, vLLM, Qwen (DashScope), llama.cpp. */
export function openAiCompatibleProvider(config: OpenAiCompatibleConfig): LlmProvider {
  const endpoint = chatCompletionsUrl(config.url);
  const fail = (request: LlmRequest, reason: string, details?: unknown) =>
    new AppError('upstream', { key: 'llm_failed', params: { endpoint, purpose: request.purpose, reason } }, details);

  return {
    name: 'openai-compatible',
    model: config.model,
    async complete(request): Promise<LlmReply> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(config.key ? { authorization: `Bearer ${config.key}` } : {}),
          },
          body: JSON.stringify({
            model: config.model,
            messages: request.messages,
            temperature: TEMPERATURE,
            max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
            stream: false,
          }),
          signal: AbortSignal.timeout(config.timeoutMs),
        });
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw fail(request, `no answer within ${config.timeoutMs} ms (KAIKUAN_LLM_TIMEOUT_MS)`);
        }
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw fail(request, `could not connect (${cause?.code ?? cause?.message ?? (error as Error).message})`);
      }

      let bodyText: string;
      try {
        bodyText = await response.text();
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        throw fail(request, timedOut ? `answer not finished within ${config.timeoutMs} ms` : 'the answer was cut off');
      }
      if (!response.ok) {
        const hint = response.status === 401 || response.status === 403 ? ' — check KAIKUAN_LLM_KEY' : '';
        const quoted = upstreamMessage(bodyText);
        throw fail(request, `HTTP ${response.status}${hint}: ${quoted}`, { status: response.status });
      }
      return { text: parseReplyText(bodyText, (reason) => fail(request, reason)), provider: 'openai-compatible', model: config.model };
    },
  };
}

function upstreamMessage(body: string): string {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(body));
    if (parsed.success) return typeof parsed.data.error === 'string' ? parsed.data.error : parsed.data.error.message;
  } catch {
    // not JSON: quote the raw text below
  }
  return body.slice(0, ERROR_BODY_CHARS);
}

/** Turns a chat-completions body into the answer text, or a clear error saying what was wrong with it. */
export function parseReplyText(body: string, fail: (reason: string) => Error): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw fail(`the reply is not JSON: ${JSON.stringify(body.slice(0, ERROR_BODY_CHARS))}`);
  }
  const error = errorBodySchema.safeParse(json);
  if (error.success) {
    throw fail(`the model reported an error: ${typeof error.data.error === 'string' ? error.data.error : error.data.error.message}`);
  }
  const parsed = replySchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || 'body').join(', ');
    throw fail(`the reply is not a chat completion (problem at ${where})`);
  }
  const text = (parsed.data.choices[0].message.content ?? '').replace(THINKING, '').trim();
  if (text === '') throw fail('the model returned an empty answer');
  return text;
}
