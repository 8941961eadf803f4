import { AppError } from '../domain/errors.js';
import { offlineProvider } from './offline.js';
import { openAiCompatibleProvider } from './openai-compatible.js';
import type { LlmProvider } from './provider.js';

export interface LlmConfig {
  /** Unset means offline: Kaikuan works fully without a model. */
  url?: string;
  key?: string;
  model?: string;
  timeoutMs: number;
}

/**
 * A local 7B model on a CPU answers a short listing in 10–20 s; past 30 s the merchant is better
 * served by the offline draft, which the agents fall back to.
 */
export const DEFAULT_LLM_TIMEOUT_MS = 30_000;

export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const timeout = env.KAIKUAN_LLM_TIMEOUT_MS ? Number(env.KAIKUAN_LLM_TIMEOUT_MS) : DEFAULT_LLM_TIMEOUT_MS;
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new AppError('bad_input', { key: 'llm_timeout', params: { value: String(env.KAIKUAN_LLM_TIMEOUT_MS) } });
  }
  return {
    url: env.KAIKUAN_LLM_URL || undefined,
    key: env.KAIKUAN_LLM_KEY || undefined,
    model: env.KAIKUAN_LLM_MODEL || undefined,
    timeoutMs: timeout,
  };
}

export function createLlm(config: LlmConfig): LlmProvider {
  if (!config.url) return offlineProvider;
  if (!config.model) {
    throw new AppError('bad_input', { key: 'llm_model_missing' });
  }
  return openAiCompatibleProvider({ url: config.url, key: config.key, model: config.model, timeoutMs: config.timeoutMs });
}
