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
  /** Limits on one analysis run's questions about unsure clauses (see src/services/model-reading.ts). */
  extraction: ExtractionCaps;
}

/** Per analysis run: past any of these, the remaining unsure clauses keep their offline reading. */
export interface ExtractionCaps {
  calls: number;
  /** Estimated as characters sent and received (a Chinese character is about one token for Qwen). */
  tokens: number;
  seconds: number;
}

/**
 * At most 200 calls of 8 clauses (1,600 clauses, about 170,000 tokens with their answers' room) or five minutes
 * per analysis run, whichever comes first: a bounded cost on a hosted model, a bounded wait on a local one
 * (a 7B model on a CPU takes 10–30 s a call, so there the seconds decide). About half the clauses of real
 * reviews are unsure (online_shopping: 6,375 of 13,401, three a review), so past roughly 500 new reviews a run's
 * remaining unsure clauses stay offline.
 */
export const DEFAULT_EXTRACTION_CAPS: ExtractionCaps = { calls: 200, tokens: 200_000, seconds: 300 };

const CAP_VARIABLES: Record<keyof ExtractionCaps, string> = {
  calls: 'KAIKUAN_LLM_EXTRACT_CALLS',
  tokens: 'KAIKUAN_LLM_EXTRACT_TOKENS',
  seconds: 'KAIKUAN_LLM_EXTRACT_SECONDS',
};

function extractionCapsFromEnv(env: NodeJS.ProcessEnv): ExtractionCaps {
  const caps = { ...DEFAULT_EXTRACTION_CAPS };
  for (const name of Object.keys(CAP_VARIABLES) as (keyof ExtractionCaps)[]) {
    const raw = env[CAP_VARIABLES[name]];
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      throw new AppError('bad_input', { key: 'llm_extraction_cap', params: { name: CAP_VARIABLES[name], value: raw } });
    }
    caps[name] = value;
  }
  return caps;
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
    extraction: extractionCapsFromEnv(env),
  };
}

export function createLlm(config: LlmConfig): LlmProvider {
  if (!config.url) return offlineProvider;
  if (!config.model) {
    throw new AppError('bad_input', { key: 'llm_model_missing' });
  }
  return openAiCompatibleProvider({ url: config.url, key: config.key, model: config.model, timeoutMs: config.timeoutMs });
}
