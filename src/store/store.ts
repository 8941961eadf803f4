import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type PostgresPool, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import type { Dialect } from './migrations/migration.js';
import { migrations } from './migrations/index.js';
import { migrate } from './migrate.js';

export type Row = Record<string, unknown>;
export type TableName = keyof Database & string;

/** The one query layer: typed Kysely queries plus a fast bulk insert, on SQLite or PostgreSQL. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Inserts rows, skipping any that collide on `conflictColumns`; returns how many landed. */
  insertMany(table: TableName, rows: Row[], conflictColumns: string[]): Promise<number>;
  /** Runs `work` in one transaction; the store it receives writes inside that transaction. */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type StoreConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

/** PostgreSQL caps one statement at 65,535 parameters. */
const PG_MAX_PARAMS = 65_000;
/** SQLite (3.32+) caps one statement at 32,766 parameters. */
const SQLITE_MAX_PARAMS = 32_766;
/**
 * Rows per SQLite INSERT: one call into SQLite per row cost more than storing the row; past ~100
 * rows a longer statement saves nothing more (measured ~30% less insert time than row by row).
 */
const SQLITE_ROWS_PER_STATEMENT = 100;

export async function openStore(config: StoreConfig): Promise<Store> {
  const store = config.kind === 'sqlite' ? openSqlite(config.path) : openPostgres(config);
  await migrate(store.db, store.dialect, migrations);
  return store;
}

function openSqlite(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new BetterSqlite3(path);
  raw.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes under WAL, and several times faster than FULL.
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const statements = new Map<string, BetterSqlite3.Statement>();
  /** The cached `INSERT … ON CONFLICT DO NOTHING` for `rowCount` rows of these columns. */
  const insertStatement = (table: TableName, columns: string[], conflictColumns: string[], rowCount: number) => {
    const key = `${table}|${columns.join(',')}|${conflictColumns.join(',')}|${rowCount}`;
    let statement = statements.get(key);
    if (!statement) {
      const quoted = columns.map((c) => `"${c}"`).join(',');
      const conflict = conflictColumns.map((c) => `"${c}"`).join(',');
      const tuple = `(${columns.map(() => '?').join(',')})`;
      statement = raw.prepare(
        `INSERT INTO "${table}" (${quoted}) VALUES ${Array(rowCount).fill(tuple).join(',')} ON CONFLICT (${conflict}) DO NOTHING`,
      );
      statements.set(key, statement);
    }
    return statement;
  };

  const insertMany = async (table: TableName, rows: Row[], conflictColumns: string[]) => {
    if (rows.length === 0) return 0;
    const columns = Object.keys(rows[0]);
    const perStatement = Math.max(1, Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_PARAMS / columns.length)));
    const insertAll = () => {
      let landed = 0;
      let from = 0;
      // Full statements first, then one statement for the remainder, so a table needs two prepared shapes.
      for (const size of [perStatement, rows.length % perStatement]) {
        if (size === 0) continue;
        const run = insertStatement(table, columns, conflictColumns, size);
        const values: unknown[] = new Array(size * columns.length);
        for (; from + size <= rows.length; from += size) {
          let k = 0;
          for (let r = from; r < from + size; r++) {
            const row = rows[r];
            for (const c of columns) values[k++] = row[c] ?? null;
          }
          landed += run.run(values).changes;
        }
      }
      return landed;
    };
    // Inside a Kysely transaction the connection is already in BEGIN; the raw statements join it.
    return raw.inTransaction ? insertAll() : raw.transaction(insertAll)();
  };

  const make = (kdb: Kysely<Database>): Store => ({
    db: kdb,
    dialect: 'sqlite',
    insertMany,
    transaction: (work) => kdb.transaction().execute((tx) => work(make(tx))),
    close: async () => {
      await db.destroy();
    },
  });
  return make(db);
}

function openPostgres(config: { url: string; schema?: string; poolSize?: number }): Store {
  return postgresStore(new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  }));
}

/** A migrated store over any pool that speaks PostgreSQL (tests hand in an embedded Postgres when no server answers). */
export async function openPostgresPool(pool: PostgresPool): Promise<Store> {
  const store = postgresStore(pool);
  await migrate(store.db, store.dialect, migrations);
  return store;
}

/**
 * `INSERT … VALUES ($1, …), … ON CONFLICT DO NOTHING` for `rowCount` rows, written as text: Kysely's
 * builder turned every batch into a syntax tree of 65,000 values and compiled it again, which cost
 * the writing thread more than the rows' own work (about 10 µs a row).
 */
function postgresInsert(table: TableName, columns: string[], conflictColumns: string[], rowCount: number): string {
  const tuples: string[] = new Array(rowCount);
  let parameter = 0;
  for (let r = 0; r < rowCount; r++) {
    const placeholders: string[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) placeholders[c] = `$${++parameter}`;
    tuples[r] = `(${placeholders.join(',')})`;
  }
  const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(',');
  return `INSERT INTO "${table}" (${quoted(columns)}) VALUES ${tuples.join(',')} ON CONFLICT (${quoted(conflictColumns)}) DO NOTHING`;
}

function postgresStore(pool: PostgresPool): Store {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });

  const make = (kdb: Kysely<Database> | Transaction<Database>): Store => ({
    db: kdb,
    dialect: 'postgres',
    async insertMany(table, rows, conflictColumns) {
      if (rows.length === 0) return 0;
      const columns = Object.keys(rows[0]);
      const perStatement = Math.max(1, Math.floor(PG_MAX_PARAMS / columns.length));
      let landed = 0;
      for (let from = 0; from < rows.length; from += perStatement) {
        const count = Math.min(perStatement, rows.length - from);
        const values: unknown[] = new Array(count * columns.length);
        let k = 0;
        for (let r = from; r < from + count; r++) {
          const row = rows[r];
          for (const c of columns) values[k++] = row[c] ?? null;
        }
        const result = await kdb.executeQuery(CompiledQuery.raw(postgresInsert(table, columns, conflictColumns, count), values));
        landed += Number(result.numAffectedRows ?? 0n);
      }
      return landed;
    },
    transaction: (work) => kdb.transaction().execute((tx) => work(make(tx))),
    close: async () => {
      await db.destroy();
    },
  });
  return make(db);
}

/** Where the data lives: PostgreSQL when DATABASE_URL is set, else an embedded file under ./data. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  const dir = env.KAIKUAN_DATA_DIR ?? 'data';
  return { kind: 'sqlite', path: `${dir}/kaikuan.db` };
}
