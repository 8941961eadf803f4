import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * One row per import run. `rows_committed` is the last file row whose batch committed, written in
 * the same transaction as the batch, so an interrupted import resumes right after it.
 */
export interface ImportJobTable {
  merchant_id: string;
  id: string;
  kind: string;
  file_name: string;
  format: string;
  /** SHA-256 of the file's bytes: the same file resumes its unfinished job. */
  fingerprint: string;
  status: 'running' | 'done' | 'failed';
  rows_committed: number;
  rows_landed: number;
  rows_duplicate: number;
  rows_rejected: number;
  error: string | null;
  started_at: string;
  updated_at: string;
}

/** The rejects report: why a row did not land, by the row number the merchant sees. */
export interface ImportRejectTable {
  merchant_id: string;
  job_id: string;
  row: number;
  field: string;
  /** Added by 011_import_reject_values. */
  value: string;
  reason: string;
}

export interface ImportsTables {
  import_job: ImportJobTable;
  import_reject: ImportRejectTable;
}

export const migration: Migration = {
  name: '010_imports',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('import_job')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('kind', col.text, (c) => c.notNull())
      .addColumn('file_name', col.text, (c) => c.notNull())
      .addColumn('format', col.text, (c) => c.notNull())
      .addColumn('fingerprint', col.text, (c) => c.notNull())
      .addColumn('status', col.text, (c) => c.notNull())
      .addColumn('rows_committed', col.int, (c) => c.notNull())
      .addColumn('rows_landed', col.int, (c) => c.notNull())
      .addColumn('rows_duplicate', col.int, (c) => c.notNull())
      .addColumn('rows_rejected', col.int, (c) => c.notNull())
      .addColumn('error', col.text)
      .addColumn('started_at', col.text, (c) => c.notNull())
      .addColumn('updated_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('import_job_pk', ['merchant_id', 'id'])
      .execute();
    await db.schema.createIndex('import_job_file_ix').ifNotExists().on('import_job').columns(['merchant_id', 'kind', 'fingerprint']).execute();
    await db.schema
      .createTable('import_reject')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('job_id', col.text, (c) => c.notNull())
      .addColumn('row', col.int, (c) => c.notNull())
      .addColumn('field', col.text, (c) => c.notNull())
      .addColumn('reason', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('import_reject_pk', ['merchant_id', 'job_id', 'row', 'field'])
      .execute();
  },
};
