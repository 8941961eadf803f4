import type { Config } from './config.js';
import { createLlm, type LlmProvider } from './llm/index.js';
import { openStore, type Store } from './store/store.js';

/** The composition root: the one place adapters are built and handed to the capabilities. */
export interface App {
  config: Config;
  store: Store;
  /** The digital employees' model: offline unless KAIKUAN_LLM_URL names an OpenAI-compatible endpoint. */
  llm: LlmProvider;
}

/** Wires an app around a store that is already open (tests open theirs on both databases). */
export function assembleApp(config: Config, store: Store): App {
  return { config, store, llm: createLlm(config.llm) };
}

export async function createApp(config: Config): Promise<App> {
  return assembleApp(config, await openStore(config.store));
}

export async function closeApp(app: App): Promise<void> {
  await app.store.close();
}
