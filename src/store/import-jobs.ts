import { randomUUID } from 'node:crypto';
import { notFound } from '../domain/errors.js';
import type { FileFormat, ImportKind, ImportReject } from '../domain/imports.js';
import type { ImportJobTable } from './tables/imports.js';
import type { Store } from './store.js';

/** Queries of import jobs: one row per file imported, with how far it got and the rows it rejected. */

export interface ImportJob {
  id: string;
  kind: ImportKind;
  fileName: string;
  format: FileFormat;
  status: ImportJobTable['status'];
  rowsCommitted: number;
  landed: number;
  duplicates: number;
  rejected: number;
  error: string | null;
  startedAt: string;
  updatedAt: string;
}

const toJob = (r: ImportJobTable): ImportJob => ({
  id: r.id,
  kind: r.kind as ImportKind,
  fileName: r.file_name,
  format: r.format as FileFormat,
  status: r.status,
  rowsCommitted: r.rows_committed,
  landed: r.rows_landed,
  duplicates: r.rows_duplicate,
  rejected: r.rows_rejected,
  error: r.error,
  startedAt: r.started_at,
  updatedAt: r.updated_at,
});

/** The unfinished job for this very file, if an earlier run was interrupted. */
export async function findResumableJob(store: Store, merchantId: string, kind: ImportKind, fingerprint: string): Promise<ImportJobTable | undefined> {
  return store.db
    .selectFrom('import_job')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('kind', '=', kind)
    .where('fingerprint', '=', fingerprint)
    .where('status', '!=', 'done')
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
}

/** A new job for a file, running from its first row. */
export async function startImportJob(
  store: Store,
  merchantId: string,
  job: { kind: ImportKind; fileName: string; format: FileFormat; fingerprint: string },
): Promise<ImportJobTable> {
  const now = new Date().toISOString();
  const row: ImportJobTable = {
    merchant_id: merchantId, id: randomUUID(), kind: job.kind, file_name: job.fileName, format: job.format,
    fingerprint: job.fingerprint, status: 'running', rows_committed: 0, rows_landed: 0, rows_duplicate: 0,
    rows_rejected: 0, error: null, started_at: now, updated_at: now,
  };
  await store.db.insertInto('import_job').values(row).execute();
  return row;
}

export async function endImportJob(store: Store, merchantId: string, jobId: string, status: 'done' | 'failed', error: string | null) {
  await store.db
    .updateTable('import_job')
    .set({ status, error, updated_at: new Date().toISOString() })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', jobId)
    .execute();
}

export async function listImportJobs(store: Store, merchantId: string, limit = 50): Promise<ImportJob[]> {
  const rows = await store.db
    .selectFrom('import_job')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toJob);
}

export async function getImportJob(store: Store, merchantId: string, jobId: string): Promise<ImportJob> {
  const row = await store.db.selectFrom('import_job').selectAll().where('merchant_id', '=', merchantId).where('id', '=', jobId).executeTakeFirst();
  if (!row) throw notFound({ key: 'no_import', params: { id: jobId } });
  return toJob(row);
}

export async function listImportRejects(store: Store, merchantId: string, jobId: string, limit = 1_000): Promise<ImportReject[]> {
  return store.db
    .selectFrom('import_reject')
    .select(['row', 'field', 'value', 'reason'])
    .where('merchant_id', '=', merchantId)
    .where('job_id', '=', jobId)
    .orderBy('row')
    .orderBy('field')
    .limit(limit)
    .execute();
}
