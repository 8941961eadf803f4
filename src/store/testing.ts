import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedSchema } from './pglite-pool.js';
import { openPostgresPool, openStore, type Store, type StoreConfig } from './store.js';

export const TEST_PG_URL = process.env.KAIKUAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
/** CI sets it: there a PostgreSQL server that does not answer is a failure, not a reason to fall back. */
const REQUIRE_PG = Boolean(process.env.KAIKUAN_REQUIRE_PG);
/** A server that has not answered by then is not there; a closed port answers at once. */
const PG_PROBE_TIMEOUT_MS = 3_000;

export interface StoreUnderTest {
  name: 'sqlite' | 'postgres';
  /**
   * A fresh, migrated, empty store; `dispose` removes it; `config` opens it again (from another process too),
   * absent on the embedded Postgres, which lives inside this process.
   */
  open(): Promise<Store & { dispose(): Promise<void>; config?: StoreConfig }>;
  /** Why tests that race several database sessions cannot run on this store; undefined where they can. */
  whyNoParallelSessions(): Promise<string | undefined>;
}

let serverAnswers: Promise<boolean> | undefined;

/** Whether the test PostgreSQL server answers; asked once per test process, when a store is first needed. */
function postgresServerAnswers(): Promise<boolean> {
  return (serverAnswers ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: PG_PROBE_TIMEOUT_MS });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (error) {
      if (REQUIRE_PG) throw new Error(`PostgreSQL at ${TEST_PG_URL} does not answer (${(error as Error).message}) and KAIKUAN_REQUIRE_PG is set`);
      return false;
    }
  })());
}

async function openOnServer(): Promise<Store & { dispose(): Promise<void>; config: StoreConfig }> {
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
}

/** Without a server the SQL is still checked against Postgres: an embedded one (PGlite), a fresh schema for each store. */
async function openEmbedded(): Promise<Store & { dispose(): Promise<void> }> {
  const schema = await embeddedSchema();
  const store = await openPostgresPool(schema.pool);
  return Object.assign(store, {
    async dispose() {
      await store.close();
      await schema.drop();
    },
  });
}

/**
 * The same tests run on the embedded default and on PostgreSQL, each in its own fresh database/schema.
 * PostgreSQL is the server at KAIKUAN_TEST_PG when it answers, else an embedded Postgres.
 */
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
      // One connection that takes turns, as in production; the races there are SQLite's own locking.
      whyNoParallelSessions: async () => undefined,
    },
    {
      name: 'postgres',
      open: async () => ((await postgresServerAnswers()) ? openOnServer() : openEmbedded()),
      whyNoParallelSessions: async () => ((await postgresServerAnswers())
        ? undefined
        : `races several PostgreSQL sessions, but ${TEST_PG_URL} did not answer and the embedded Postgres (PGlite) has one session`),
    },
  ];
}
