import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * What an LLM answered for a clause the offline tagger was unsure about, per merchant, model and normalised
 * clause text: a clause is asked once, however many reviews repeat it.
 */
export const migration: Migration = {
  name: '980_model_clause_answers',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('model_clause_answer')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('model', col.text, (c) => c.notNull())
      .addColumn('clause_key', col.text, (c) => c.notNull())
      .addColumn('pairs', col.text, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('model_clause_answer_pk', ['merchant_id', 'model', 'clause_key'])
      .execute();
  },
};
