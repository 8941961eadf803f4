import { sql, type Kysely } from 'kysely';
import type { Dialect, Migration } from './migrations/migration.js';

/** Applies, in name order, every migration not yet recorded; each one in its own transaction. */
export async function migrate(db: Kysely<any>, dialect: Dialect, migrations: Migration[]): Promise<string[]> {
  await db.schema
    .createTable('kaikuan_migration')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const done = new Set((await db.selectFrom('kaikuan_migration').select('name').execute()).map((r) => r.name as string));
  const applied: string[] = [];
  for (const m of [...migrations].sort((x, y) => x.name.localeCompare(y.name))) {
    if (done.has(m.name)) continue;
    await db.transaction().execute(async (tx) => {
      if (dialect === 'postgres') {
        // Two processes starting at once must not both run the same migration.
        await sql`select pg_advisory_xact_lock(7461)`.execute(tx);
        const again = await tx.selectFrom('kaikuan_migration').select('name').where('name', '=', m.name).executeTakeFirst();
        if (again) return;
      }
      await m.up(tx, dialect);
      await tx.insertInto('kaikuan_migration').values({ name: m.name, applied_at: new Date().toISOString() }).execute();
    });
    applied.push(m.name);
  }
  return applied;
}
