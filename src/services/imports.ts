import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, notFound } from '../domain/errors.js';
import type { FileFormat, ImportDefaults, ImportedRecord, ImportKind, ImportReject } from '../domain/imports.js';
import type { Order } from '../domain/types.js';
import type { Locale } from '../messages/imports.js';
import { checkFile, formatFromName, openSource, type ReaderLimits } from '../ingest/readers/index.js';
import { xlsxLimitsFrom } from '../ingest/readers/xlsx-limits.js';
import { OrderTally, orderStatusNote, type OrderStatusCounts } from '../ingest/order-tally.js';
import { BATCH_ROWS, runImport, type ImportSink, type ImportSummary } from '../ingest/run.js';
import { endImportJob, findResumableJob, startImportJob } from '../store/import-jobs.js';
import { commitImportBatch, withImportSettings } from '../store/import-writers.js';
import { findMerchant } from '../store/accounts.js';
import type { Store } from '../store/store.js';
import { fileChunks } from './import-bytes.js';
import { unpackRecords } from './import-packing.js';
import type { ReaderJob, ReaderMessage, ReadJob } from './import-worker.js';
import { noteWork } from './work-progress.js';

/** The import use case: read a merchant's file (on a second thread when big), commit it batch by batch, resume after a crash. */

/** The whole import on this thread: for small files, where a second thread would not pay off. */
async function importOnOneThread<K extends ImportKind>(job: ReadJob, sink: ImportSink<K>, options: ImportFileOptions, totalBytes: number) {
  let rowsRead = 0;
  const bytes = fileChunks(job.path, (bytesRead) => options.onProgress?.({ bytesRead, totalBytes, rowsRead }));
  return runImport({
    ...job,
    kind: job.kind as K,
    source: await openSource(job.format, bytes, job.limits),
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
  /** The language of the rejects report (Chinese by default). */
  locale?: Locale;
  /** Earliest plausible date, YYYY-MM-DD (default 2000-01-01); widen it for historical data. */
  earliest?: string;
  /** Caps on cells and workbooks; the defaults suit every real export (KAIKUAN_XLSX_MAX_* settings raise them). */
  limits?: ReaderLimits;
  /** Rows per transaction; the default suits big files. */
  batchRows?: number;
  /** Slots of the in-memory identity table before it spills to disk; the default suits every file (tests make it small). */
  identityMemorySlots?: number;
  /** Read and validate on a second thread while this one writes; by default only for big files. */
  parallel?: boolean;
  onProgress?(progress: { bytesRead: number; totalBytes: number; rowsRead: number }): void;
  onReject?(reject: ImportReject): void;
}

export type ImportResult = ImportSummary & {
  jobId: string;
  fileName: string;
  format: FileFormat;
  /** Orders only: how many orders of the file are not sales (unpaid, cancelled, refunded) or only partly. */
  orderStatuses?: OrderStatusCounts;
  /** The same, said in the merchant's language; absent when every order is a sale. */
  orderStatusNote?: string;
};

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
          // The reader counted every handed-over record as a duplicate (its sink lands nothing), plus the file's own repeats.
          resolve({ ...m.summary, landed, duplicates: m.summary.duplicates - landed });
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
  if (!(await findMerchant(store, merchantId))) throw notFound({ key: 'no_merchant', params: { id: merchantId } });
  const fileName = options.fileName ?? basename(options.path);
  const format = options.format ?? formatFromName(fileName);
  const { size } = await stat(options.path);
  const limits: ReaderLimits = { ...options.limits, xlsx: { ...xlsxLimitsFrom(process.env), ...options.limits?.xlsx } };
  const fingerprint = await fingerprintFile(options.path);
  const job = (await findResumableJob(store, merchantId, options.kind, fingerprint)) ??
    (await startImportJob(store, merchantId, { kind: options.kind, fileName, format, fingerprint }));

  const tally = new OrderTally();
  const sink: ImportSink<ImportKind> = {
    commit: (records, rejects, throughRow) => {
      if (options.kind === 'orders') tally.add(records as Order[]);
      return commitImportBatch(store, merchantId, job.id, options.kind, records, rejects, throughRow);
    },
  };
  const read: ReadJob = {
    kind: options.kind, merchantId, path: options.path, format, defaults: options.defaults,
    resumeAfterRow: job.rows_committed, batchRows: options.batchRows ?? BATCH_ROWS,
    locale: options.locale, earliest: options.earliest, limits, identityMemorySlots: options.identityMemorySlots,
  };
  // The import page polls this while the upload's rows land (percent of the file's bytes, rows per second).
  const work = noteWork(store, merchantId, 'import', fileName);
  const tracked: ImportFileOptions = {
    ...options,
    onProgress(progress) {
      work.update(progress.bytesRead, progress.totalBytes, progress.rowsRead);
      options.onProgress?.(progress);
    },
  };
  try {
    // A file that cannot be imported whole (a workbook over a cap) is refused before a batch lands.
    await checkFile(format, options.path, size, limits);
    const summary = await withImportSettings(store, () =>
      (options.parallel ?? size >= PARALLEL_FROM_BYTES)
        ? importOnTwoThreads(read, sink.commit as Commit, tracked, size)
        : importOnOneThread(read, sink, tracked, size),
    );
    await endImportJob(store, merchantId, job.id, 'done', null);
    if (options.kind !== 'orders') return { ...summary, jobId: job.id, fileName, format };
    const orderStatuses = tally.counts();
    return { ...summary, jobId: job.id, fileName, format, orderStatuses, orderStatusNote: orderStatusNote(orderStatuses, options.locale) };
  } catch (error) {
    await endImportJob(store, merchantId, job.id, 'failed', error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    work.end();
  }
}
