import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * The merchant's learned aspect groups (merchant-aspect-groups.ts), kept with the counts version
 * (`painpoint_count_state.batches`) they were learned at: learning reads every opinion count and tests
 * every pair of groups, seconds at a million reviews, so it runs once per data version, after extraction,
 * and every page, process and restart reads the one stored answer.
 */
export const migration: Migration = {
  name: '910_painpoint_learned_groups',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('painpoint_learned_groups')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('batches', col.int, (c) => c.notNull())
      // JSON: committed group → the merchant's group, for groups that merged.
      .addColumn('groups', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('painpoint_learned_groups_pk', ['merchant_id'])
      .execute();
  },
};
