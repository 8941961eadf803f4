import { randomBytes } from 'node:crypto';
import { PGlite, types } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/**
 * An embedded, in-memory Postgres (PGlite, a WASM build of the real server) behind the pool interface
 * Kysely's PostgresDialect takes, so the store's PostgreSQL path runs unchanged where no server answers.
 * Starting one costs seconds of CPU, so a process starts one and gives each store its own schema, as
 * the tests do on a server. PGlite has one session: a caller waits until the one before it released the
 * session (a transaction never sees another caller's statements), then points it at its own schema.
 */
class EmbeddedPostgres {
  private free: Promise<void> = Promise.resolve();
  private searchPath = '';

  constructor(private readonly pglite: PGlite) {}

  /** Waits for the session, then hands it over pointed at `schema`; `release` passes it on. */
  async take(schema: string): Promise<{ query: PGlite['query']; release(): void }> {
    const previous = this.free;
    let release!: () => void;
    this.free = new Promise((resolve) => (release = resolve));
    await previous;
    if (this.searchPath !== schema) {
      await this.pglite.exec(`set search_path to ${schema}`);
      this.searchPath = schema;
    }
    return { query: (sql, parameters, options) => this.pglite.query(sql, parameters, options), release };
  }
}

let embedded: Promise<EmbeddedPostgres> | undefined;

function embeddedPostgres(): Promise<EmbeddedPostgres> {
  // node-postgres hands 64-bit integers and numerics over as strings; so must this, or results would differ by driver.
  return (embedded ??= PGlite.create({ parsers: { [types.INT8]: String, [types.NUMERIC]: String } }).then((p) => new EmbeddedPostgres(p)));
}

/** A fresh schema in this process's embedded Postgres, a pool onto it, and a way to drop it. */
export async function embeddedSchema(): Promise<{ pool: PostgresPool; drop(): Promise<void> }> {
  const postgres = await embeddedPostgres();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const session = await postgres.take('public');
    try {
      await session.query(sql);
    } finally {
      session.release();
    }
  };
  await run(`create schema ${schema}`);
  const pool: PostgresPool = {
    async connect() {
      const session = await postgres.take(schema);
      return { query: (sql: string, parameters: readonly unknown[]) => session.query(sql, [...parameters]), release: session.release } as unknown as PostgresPoolClient;
    },
    // The embedded server outlives the store: the next store of the process starts on it.
    end: async () => {},
  };
  return { pool, drop: () => run(`drop schema ${schema} cascade`) };
}
