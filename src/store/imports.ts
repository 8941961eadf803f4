import { createHash, randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { sql } from 'kysely';
import { Worker } from 'node:worker_threads';
import { AppError, notFound } from '../domain/errors.js';
import { formatFromName, openSource } from '../ingest/readers/index.js';
import { BATCH_ROWS, runImport, type ImportSink, type ImportSummary } from '../ingest/run.js';
import type { FileFormat, ImportDefaults, ImportedRecord, ImportKind, ImportReject } from '../ingest/types.js';
import { fileChunks } from './import-bytes.js';
import { unpackRecords } from './import-packing.js';
import type { ReaderJob, ReaderMessage, ReadJob } from './import-worker.js';
import { importSink } from './import-writers.js';
import type { ImportJobTable } from './migrations/010_imports.js';
import type { Store } from './store.js';

/**
 * SQLite's default 2 MB page cache spills a batch's dirty key-index pages to the WAL before the
 * commit, writing the same pages again and again; while importing, the connection keeps 64 MB.
 */
const SQLITE_IMPORT_CACHE_KIB = 64 * 1024;
/**
 * WAL pages (4 KiB) before SQLite copies them into the database. At the default 1,000, every
 * 10,000-row commit also checkpointed and waited for two fsyncs; while importing it checkpoints
 * every ~64 MB, so the copying is the same and the waiting a twentieth.
 */
const SQLITE_IMPORT_CHECKPOINT_PAGES = 16_384;

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
async function resumableJob(store: Store, merchantId: string, kind: ImportKind, fingerprint: string): Promise<ImportJobTable | undefined> {
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

async function startJob(
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

async function endJob(store: Store, merchantId: string, jobId: string, status: 'done' | 'failed', error: string | null) {
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
    .select(['row', 'field', 'reason'])
    .where('merchant_id', '=', merchantId)
    .where('job_id', '=', jobId)
    .orderBy('row')
    .orderBy('field')
    .limit(limit)
    .execute();
}

/** Runs `work` with the SQLite connection set for bulk writing, and puts the settings back. */
async function withImportSettings<T>(store: Store, work: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'sqlite') return work();
  const setting = async (name: string) => Number((await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(store.db)).rows[0][name]);
  const cacheSize = await setting('cache_size');
  const checkpointPages = await setting('wal_autocheckpoint');
  await sql.raw(`pragma cache_size = -${SQLITE_IMPORT_CACHE_KIB}`).execute(store.db);
  await sql.raw(`pragma wal_autocheckpoint = ${SQLITE_IMPORT_CHECKPOINT_PAGES}`).execute(store.db);
  try {
    return await work();
  } finally {
    await sql.raw(`pragma cache_size = ${cacheSize}`).execute(store.db);
    await sql.raw(`pragma wal_autocheckpoint = ${checkpointPages}`).execute(store.db);
  }
}

/** The whole import on this thread: for small files, where a second thread would not pay off. */
async function importOnOneThread<K extends ImportKind>(job: ReadJob, sink: ImportSink<K>, options: ImportFileOptions, totalBytes: number) {
  let rowsRead = 0;
  const bytes = fileChunks(job.path, (bytesRead) => options.onProgress?.({ bytesRead, totalBytes, rowsRead }));
  return runImport({
    ...job,
    kind: job.kind as K,
    source: await openSource(job.format, bytes),
    sink,
    onReject: options.onReject,
    onRowsRead: (n) => {
      rowsRead = n;
    },
  });
}

async function fingerprintFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fileChunks(path)) hash.update(chunk);
  return hash.digest('hex');
}

export interface ImportFileOptions {
  kind: ImportKind;
  path: string;
  /** The name the merchant knows the file by (uploads arrive under a temporary path). */
  fileName?: string;
  format?: FileFormat;
  defaults?: ImportDefaults;
  /** Rows per transaction; the default suits big files. */
  batchRows?: number;
  /** Read and validate on a second thread while this one writes; by default only for big files. */
  parallel?: boolean;
  onProgress?(progress: { bytesRead: number; totalBytes: number; rowsRead: number }): void;
  onReject?(reject: ImportReject): void;
}

export type ImportResult = ImportSummary & { jobId: string; fileName: string; format: FileFormat };

/**
 * From this size a second thread pays for itself: starting it (and its TypeScript loader) takes
 * about a second, while reading and validating a 16 MB file takes longer than that.
 */
const PARALLEL_FROM_BYTES = 16 * 1024 * 1024;

type Commit = (records: ImportedRecord[], rejects: ImportReject[], throughRow: number) => Promise<number>;

/**
 * Rows the reading thread hands over at a time. Its records live until handed over, and with
 * 10,000 of them alive each young-generation collection copied them again: collecting took a
 * third of the thread's time. The writing thread still commits BATCH_ROWS per transaction.
 */
const HANDOFF_ROWS = 1_000;
/** Transactions' worth of hand-offs the reader may run ahead: two keep both threads busy. */
const TRANSACTIONS_AHEAD = 2;

type Handoff = Extract<ReaderMessage, { type: 'batch' }>;

/**
 * Runs the reading half of an import on a worker thread and commits its hand-offs here, in order,
 * grouped into transactions of `batchRows` rows, so parsing the next rows overlaps writing these.
 * Landed and duplicates are counted here.
 */
function importOnTwoThreads(job: ReadJob, commit: Commit, options: ImportFileOptions, totalBytes: number): Promise<ImportSummary> {
  const handoffsPerTransaction = Math.ceil(job.batchRows / HANDOFF_ROWS);
  const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), {
    workerData: {
      ...job, batchRows: Math.min(job.batchRows, HANDOFF_ROWS), handoffsInFlight: handoffsPerTransaction * TRANSACTIONS_AHEAD,
    } satisfies ReaderJob,
  });
  return new Promise((resolve, reject) => {
    let committed = Promise.resolve();
    let landed = 0;
    let accepted = 0;
    let settled = false;
    let received = 0;
    const waiting: Handoff[] = [];
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(error);
    };
    const then = (step: () => Promise<void> | void) => {
      committed = committed.then(() => (settled ? undefined : step())).catch(fail);
    };
    /** Commits the next transaction's hand-offs and lets the reader run on. */
    const commitNext = async () => {
      const group = waiting.splice(0, handoffsPerTransaction);
      if (group.length === 0) return;
      const records = group.flatMap((m) => unpackRecords<ImportedRecord>(m.records));
      const rejects = group.flatMap((m) => m.rejects);
      for (const r of rejects) options.onReject?.(r);
      landed += await commit(records, rejects, group[group.length - 1].throughRow);
      accepted += records.length;
      for (let i = 0; i < group.length; i++) worker.postMessage('committed');
    };
    worker.on('message', (m: ReaderMessage) => {
      if (m.type === 'progress') options.onProgress?.({ bytesRead: m.bytesRead, totalBytes, rowsRead: m.rowsRead });
      else if (m.type === 'batch') {
        waiting.push(m);
        if (++received % handoffsPerTransaction === 0) then(commitNext);
      } else if (m.type === 'done') {
        then(commitNext);
        then(() => {
          settled = true;
          resolve({ ...m.summary, landed, duplicates: accepted - landed });
        });
      } else {
        then(() => fail(m.code ? new AppError(m.code, m.key ? { key: m.key, params: m.params } : m.message, m.details, m.fields) : new Error(m.message)));
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => then(() => fail(new Error(`the import's reading thread stopped (exit ${code})`))));
  });
}

/**
 * Imports one file for a merchant. Running it again on the same file resumes an interrupted job
 * after its last committed row, or, if the job finished, adds nothing (every row's key is stored).
 */
export async function importFile(store: Store, merchantId: string, options: ImportFileOptions): Promise<ImportResult> {
  const merchant = await store.db.selectFrom('merchant').select('id').where('id', '=', merchantId).executeTakeFirst();
  if (!merchant) throw notFound({ key: 'no_merchant', params: { id: merchantId } });
  const fileName = options.fileName ?? basename(options.path);
  const format = options.format ?? formatFromName(fileName);
  const { size } = await stat(options.path);
  const fingerprint = await fingerprintFile(options.path);
  const job = (await resumableJob(store, merchantId, options.kind, fingerprint)) ??
    (await startJob(store, merchantId, { kind: options.kind, fileName, format, fingerprint }));

  const sink = importSink(store, merchantId, job.id, options.kind);
  const read: ReadJob = {
    kind: options.kind, merchantId, path: options.path, format, defaults: options.defaults,
    resumeAfterRow: job.rows_committed, batchRows: options.batchRows ?? BATCH_ROWS,
  };
  try {
    const summary = await withImportSettings(store, () =>
      (options.parallel ?? size >= PARALLEL_FROM_BYTES)
        ? importOnTwoThreads(read, sink.commit as Commit, options, size)
        : importOnOneThread(read, sink, options, size),
    );
    await endJob(store, merchantId, job.id, 'done', null);
    return { ...summary, jobId: job.id, fileName, format };
  } catch (error) {
    await endJob(store, merchantId, job.id, 'failed', error instanceof Error ? error.message : String(error));
    throw error;
  }
}
