import { afterAll, beforeAll, it } from 'vitest';
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
  seed?(store: Store): Promise<unknown>;
}

/**
 * Opens a fresh store of this kind before the calling block's tests and removes it after they ran.
 * The store is declared with the block but opens later, so the one returned hands each use on to it.
 */
export function useFreshStore(under: StoreUnderTest, setup: FreshStoreSetup = {}): TestStore {
  let opened: TestStore | undefined;
  beforeAll(async () => {
    opened = await under.open();
    for (const merchant of setup.merchants ?? []) await createMerchant(opened, merchant);
    await setup.seed?.(opened);
  });
  afterAll(async () => opened?.dispose());
  const store = (): TestStore => {
    if (!opened) throw new Error('the store opens before the first test: use it inside a test');
    return opened;
  };
  return {
    get db() { return store().db; },
    get dialect() { return store().dialect; },
    insertMany: (table, rows, conflictColumns) => store().insertMany(table, rows, conflictColumns),
    transaction: (work) => store().transaction(work),
    close: () => store().close(),
    dispose: () => store().dispose(),
  };
}

/**
 * `it` for a test that races several database sessions against each other. On a store with a single
 * session (the embedded Postgres) such a race could only pass by taking turns and would prove nothing,
 * so there the test is skipped and says why in one line.
 */
export function itRacingSessions(under: StoreUnderTest): (name: string, test: () => Promise<void>, timeout?: number) => void {
  return (name, test, timeout) => it(name, async (context) => {
    const why = await under.whyNoParallelSessions();
    if (why) {
      console.warn(`skipped "${name}" on ${under.name}: it ${why}`);
      context.skip(why);
    }
    await test();
  }, timeout);
}
