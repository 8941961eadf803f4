import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/** Each reject also keeps the cell as written, so the report shows what to fix without opening the file. */
export const migration: Migration = {
  name: '800_import_reject_values',
  async up(db: Kysely<any>) {
    await db.schema.alterTable('import_reject').addColumn('value', col.text, (c) => c.notNull().defaultTo('')).execute();
  },
};
