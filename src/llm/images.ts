import { z } from 'zod';
import { AppError } from '../domain/errors.js';

/**
 * Scene pictures from an OpenAI-compatible image endpoint (`POST {url}/images/generations`, as OpenAI, DashScope's
 * compatible mode and local Stable Diffusion servers speak it). Optional: without KAIKUAN_IMAGE_URL every picture is
 * made offline from the merchant's own photo.
 */
export interface ImageConfig {
  url?: string;
  key?: string;
  model?: string;
  timeoutMs: number;
}

export interface SceneImages {
  model: string;
  /** One picture for the prompt, as the bytes the endpoint returned (PNG or JPEG). */
  generate(prompt: string): Promise<Uint8Array>;
}

/** A CPU-hosted diffusion model takes a minute for one 1024² picture; past two the offline cover is the better answer. */
const DEFAULT_IMAGE_TIMEOUT_MS = 120_000;

export function imageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ImageConfig {
  return {
    url: env.KAIKUAN_IMAGE_URL || undefined,
    key: env.KAIKUAN_IMAGE_KEY || env.KAIKUAN_LLM_KEY || undefined,
    model: env.KAIKUAN_IMAGE_MODEL || undefined,
    timeoutMs: env.KAIKUAN_IMAGE_TIMEOUT_MS ? Number(env.KAIKUAN_IMAGE_TIMEOUT_MS) : DEFAULT_IMAGE_TIMEOUT_MS,
  };
}

const answerSchema = z.object({ data: z.array(z.object({ b64_json: z.string().min(1) })).min(1) });

export function createSceneImages(config: ImageConfig): SceneImages | null {
  if (!config.url || !config.model) return null;
  const endpoint = `${config.url.replace(/\/+$/, '')}/images/generations`;
  const model = config.model;
  const fail = (reason: string) => new AppError('upstream', { key: 'llm_failed', params: { endpoint, purpose: 'materials.scene', reason } });
  return {
    model,
    async generate(prompt) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(config.key ? { authorization: `Bearer ${config.key}` } : {}) },
          body: JSON.stringify({ model, prompt, n: 1, size: '1024x1024', response_format: 'b64_json' }),
          signal: AbortSignal.timeout(config.timeoutMs),
        });
      } catch (error) {
        throw fail((error as Error).message);
      }
      if (!response.ok) throw fail(`HTTP ${response.status}`);
      const parsed = answerSchema.safeParse(await response.json().catch(() => null));
      if (!parsed.success) throw fail('no b64_json picture in the answer');
      return Buffer.from(parsed.data.data[0]!.b64_json, 'base64');
    },
  };
}
