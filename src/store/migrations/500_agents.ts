import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

export const migration: Migration = {
  name: '500_agents',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('agent_task')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('role', col.text, (c) => c.notNull())
      .addColumn('task', col.text, (c) => c.notNull())
      .addColumn('input', col.text, (c) => c.notNull())
      .addColumn('output', col.text)
      .addColumn('asked_by', col.text, (c) => c.notNull())
      .addColumn('parent_id', col.text)
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addColumn('finished_at', col.text)
      .addColumn('outcome', col.text, (c) => c.notNull())
      .addColumn('provider', col.text, (c) => c.notNull())
      .addColumn('note', col.text)
      .addColumn('reviewed_by', col.text)
      .addColumn('reviewed_at', col.text)
      .addPrimaryKeyConstraint('agent_task_pk', ['merchant_id', 'id'])
      .execute();
    // The inbox lists a merchant's newest tasks first.
    await db.schema.createIndex('agent_task_time_ix').ifNotExists().on('agent_task').columns(['merchant_id', 'created_at']).execute();
    await db.schema
      .createTable('service_answer')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('product_id', col.text)
      .addColumn('question', col.text, (c) => c.notNull())
      .addColumn('answer', col.text, (c) => c.notNull())
      .addColumn('source', col.text, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('service_answer_pk', ['merchant_id', 'id'])
      .execute();
  },
};
