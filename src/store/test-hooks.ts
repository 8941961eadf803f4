import { afterAll, beforeAll } from 'vitest';
import type { Merchant } from '../domain/types.js';
import { createMerchant } from './accounts.js';
import type { Store } from './store.js';
import type { StoreUnderTest } from './testing.js';

export type TestStore = Store & { dispose(): Promise<void> };

/** Two shops, so a test can show that one never sees the other's rows. */
export const SHOPS_A_AND_B: Pick<Merchant, 'id' | 'name'>[] = [{ id: 'a', name: 'A 厂' }, { id: 'b', name: 'B 厂' }];

export interface FreshStoreSetup {
  merchants?: Pick<Merchant, 'id' | 'name'>[];
  /** Writes the rows the block's tests start from, after the merchants exist. */
  seed?(store: Store): Promise<void>;
}

/**
 * Opens a fresh store of this kind before the calling block's tests and removes it after they ran;
 * the returned function hands the store to the tests (it is not open yet when the block is declared).
 */
export function useFreshStore(under: StoreUnderTest, setup: FreshStoreSetup = {}): () => TestStore {
  let store: TestStore | undefined;
  beforeAll(async () => {
    store = await under.open();
    for (const merchant of setup.merchants ?? []) await createMerchant(store, merchant);
    await setup.seed?.(store);
  });
  afterAll(async () => store?.dispose());
  return () => {
    if (!store) throw new Error('the store opens before the first test: read it inside a test');
    return store;
  };
}
