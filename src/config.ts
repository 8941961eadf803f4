import { llmConfigFromEnv, type LlmConfig } from './llm/index.js';
import { imageConfigFromEnv, type ImageConfig } from './llm/images.js';
import { storeConfigFromEnv, type StoreConfig } from './store/store.js';

export interface Config {
  store: StoreConfig;
  llm: LlmConfig;
  port: number;
  /** The built web app, served by the API. */
  webDir: string;
  /** The largest file an upload may be (KAIKUAN_UPLOAD_LIMIT_MB); it is streamed to a temporary file up to this size. */
  uploadLimitBytes: number;
  /** Where marketing-material files (photos, posters, covers) are kept: `materials/` in the data dir. */
  materialsDir: string;
  /** An OpenAI-compatible image endpoint for scene pictures (KAIKUAN_IMAGE_URL, _MODEL, _KEY); unset means offline. */
  images: ImageConfig;
}

/** A year of a small factory's orders as CSV is well under this; bigger files go through the CLI, which reads from disk. */
const DEFAULT_UPLOAD_LIMIT_MB = 200;

/** Every setting comes from the environment, with defaults that work with no set-up. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    store: storeConfigFromEnv(env),
    llm: llmConfigFromEnv(env),
    port: Number(env.PORT ?? 8080),
    webDir: env.KAIKUAN_WEB_DIR ?? new URL('../web/dist', import.meta.url).pathname,
    uploadLimitBytes: Number(env.KAIKUAN_UPLOAD_LIMIT_MB ?? DEFAULT_UPLOAD_LIMIT_MB) * 1024 ** 2,
    materialsDir: `${env.KAIKUAN_DATA_DIR ?? 'data'}/materials`,
    images: imageConfigFromEnv(env),
  };
}
