import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreConfig } from './store.js';

export const TEST_PG_URL = process.env.KAIKUAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface StoreUnderTest {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty store; `dispose` removes it; `config` opens it again (from another process too). */
  open(): Promise<Store & { dispose(): Promise<void>; config: StoreConfig }>;
}

/** The same tests run on the embedded default and on PostgreSQL, each in its own fresh database/schema. */
export function storesUnderTest(): StoreUnderTest[] {
  return [
    {
      name: 'sqlite',
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'kaikuan-test-'));
        const config: StoreConfig = { kind: 'sqlite', path: join(dir, 'kaikuan.db') };
        const store = await openStore(config);
        return Object.assign(store, { dispose: () => store.close(), config });
      },
    },
    {
      name: 'postgres',
      async open() {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: TEST_PG_URL });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
        const config: StoreConfig = { kind: 'postgres', url: TEST_PG_URL, schema, poolSize: 8 };
        const store = await openStore(config);
        return Object.assign(store, {
          config,
          async dispose() {
            await store.close();
            const cleanup = new pg.Client({ connectionString: TEST_PG_URL });
            await cleanup.connect();
            await cleanup.query(`drop schema ${schema} cascade`);
            await cleanup.end();
          },
        });
      },
    },
  ];
}
