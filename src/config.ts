import { llmConfigFromEnv, type LlmConfig } from './llm/index.js';
import { storeConfigFromEnv, type StoreConfig } from './store/store.js';

export interface Config {
  store: StoreConfig;
  llm: LlmConfig;
  port: number;
  /** The built web app, served by the API. */
  webDir: string;
}

/** Every setting comes from the environment, with defaults that work with no set-up. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    store: storeConfigFromEnv(env),
    llm: llmConfigFromEnv(env),
    port: Number(env.PORT ?? 8080),
    webDir: env.KAIKUAN_WEB_DIR ?? new URL('../web/dist', import.meta.url).pathname,
  };
}
