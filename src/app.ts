import type { Config } from './config.js';
import { openStore, type Store } from './store/store.js';

/** The composition root: the one place adapters are built and handed to the capabilities. */
export interface App {
  config: Config;
  store: Store;
}

export async function createApp(config: Config): Promise<App> {
  const store = await openStore(config.store);
  return { config, store };
}

export async function closeApp(app: App): Promise<void> {
  await app.store.close();
}
