import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { sql } from 'kysely';
import { Worker } from 'node:worker_threads';
import { AppError, notFound } from '../domain/errors.js';
import type { Buyer, KeywordVolume, Order, Product, Review, SocialPost } from '../domain/types.js';
import { formatFromName, openSource } from '../ingest/readers/index.js';
import { runImport, type ImportSink, type ImportSummary } from '../ingest/run.js';
import type { FileFormat, ImportDefaults, ImportedRecord, ImportKind, ImportReject } from '../ingest/types.js';
import type { ReaderMessage, ReadJob } from './import-worker.js';
import type { ImportJobTable } from './migrations/010_imports.js';
import type { Store } from './store.js';

/**
 * SQLite's default 2 MB page cache spills a batch's dirty key-index pages to the WAL before the
 * commit, writing the same pages again and again; while importing, the connection keeps 64 MB.
 */
const SQLITE_IMPORT_CACHE_KIB = 64 * 1024;

/** A file with millions of bad rows needs a sample of rejects to fix its export, not all of them. */
export const REJECTS_STORED = 10_000;

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

/** Writes one kind's records; returns how many were new. Runs inside the batch's transaction. */
type RecordWriter<K extends ImportKind> = (tx: Store, merchantId: string, records: ImportedRecord<K>[]) => Promise<number>;

const writeReviews: RecordWriter<'reviews'> = (tx, m, records) =>
  tx.insertMany('review', records.map((r: Review) => ({
    merchant_id: m, id: r.id, platform: r.platform, product_id: r.productId, rating: r.rating, text: r.text,
    language: r.language, reviewed_at: r.reviewedAt, helpful_votes: r.helpfulVotes, author: r.author,
  })), ['merchant_id', 'id']);

const writePosts: RecordWriter<'posts'> = (tx, m, records) =>
  tx.insertMany('social_post', records.map((p: SocialPost) => ({
    merchant_id: m, id: p.id, platform: p.platform, author: p.author, text: p.text, likes: p.likes,
    comments: p.comments, shares: p.shares, posted_at: p.postedAt, url: p.url,
  })), ['merchant_id', 'id']);

const writeProducts: RecordWriter<'products'> = (tx, m, records) =>
  tx.insertMany('product', records.map((p: Product) => ({
    merchant_id: m, id: p.id, sku: p.sku, name: p.name, category: p.category, price: p.price, unit_cost: p.unitCost,
    attributes: JSON.stringify(p.attributes), owner: p.owner, brand: p.brand, platform: p.platform,
  })), ['merchant_id', 'id']);

/**
 * Buyers may already exist, created from their orders with only an id: a buyers file then fills in
 * what it knows (name, region, channel, an earlier first purchase) without counting them as new.
 */
const writeBuyers: RecordWriter<'buyers'> = async (tx, m, records) => {
  const landed = await tx.insertMany('buyer', records.map((b: Buyer) => ({
    merchant_id: m, id: b.id, name: b.name, region: b.region, channel: b.channel, first_seen_at: b.firstSeenAt,
  })), ['merchant_id', 'id']);
  if (landed === records.length) return landed;
  for (const b of records) {
    await tx.db
      .updateTable('buyer')
      .set((eb) => ({
        name: eb.fn.coalesce(eb.val(b.name), 'name'),
        region: eb.fn.coalesce(eb.val(b.region), 'region'),
        channel: eb.fn.coalesce(eb.val(b.channel), 'channel'),
        first_seen_at: b.firstSeenAt === null
          ? eb.ref('first_seen_at')
          : eb.case().when('first_seen_at', 'is', null).then(b.firstSeenAt).when('first_seen_at', '>', b.firstSeenAt).then(b.firstSeenAt).else(eb.ref('first_seen_at')).end(),
      }))
      .where('merchant_id', '=', m)
      .where('id', '=', b.id)
      .execute();
  }
  return landed;
};

const writeKeywords: RecordWriter<'keywords'> = (tx, m, records) =>
  tx.insertMany('keyword_volume', records.map((k: KeywordVolume) => ({
    merchant_id: m, keyword: k.keyword, platform: k.platform, bucket: k.bucket, bucket_start: k.bucketStart, volume: k.volume,
  })), ['merchant_id', 'keyword', 'platform', 'bucket', 'bucket_start']);

/**
 * Each record is one order line. The order and its buyer are created on first sight; then the
 * order's total is the sum of its stored lines and the buyer's first purchase is their earliest
 * order, so lines arriving in later batches or files keep both right.
 */
const writeOrders: RecordWriter<'orders'> = async (tx, m, records) => {
  await tx.insertMany('buyer', records.map((o: Order) => ({
    merchant_id: m, id: o.buyerId, name: null, region: o.region, channel: o.channel, first_seen_at: o.orderedAt,
  })), ['merchant_id', 'id']);
  await tx.insertMany('sales_order', records.map((o: Order) => ({
    merchant_id: m, id: o.id, buyer_id: o.buyerId, ordered_at: o.orderedAt, region: o.region, channel: o.channel, total_amount: 0,
  })), ['merchant_id', 'id']);
  const landed = await tx.insertMany('order_line', records.flatMap((o: Order) => o.lines.map((l) => ({
    merchant_id: m, order_id: o.id, line_no: l.lineNo, product_id: l.productId, sku: l.sku,
    quantity: l.quantity, unit_price: l.unitPrice, amount: l.amount,
  }))), ['merchant_id', 'order_id', 'line_no']);
  if (landed === 0) return 0;
  const orderIds = [...new Set(records.map((o) => o.id))];
  const buyerIds = [...new Set(records.map((o) => o.buyerId))];
  const earliestOrder = sql<string>`(select min(o.ordered_at) from sales_order o where o.merchant_id = ${m} and o.buyer_id = buyer.id)`;
  await tx.db
    .updateTable('sales_order')
    .set({
      total_amount: sql<number>`(select coalesce(sum(l.amount), 0) from order_line l where l.merchant_id = ${m} and l.order_id = sales_order.id)`,
    })
    .where('merchant_id', '=', m)
    .where('id', 'in', orderIds)
    .execute();
  await tx.db
    .updateTable('buyer')
    .set({ first_seen_at: earliestOrder })
    .where('merchant_id', '=', m)
    .where('id', 'in', buyerIds)
    .where((eb) => eb.or([eb('first_seen_at', 'is', null), eb('first_seen_at', '>', earliestOrder)]))
    .execute();
  return landed;
};

const writers: { [K in ImportKind]: RecordWriter<K> } = {
  reviews: writeReviews,
  posts: writePosts,
  products: writeProducts,
  buyers: writeBuyers,
  keywords: writeKeywords,
  orders: writeOrders,
};

/** Batches land with the job's progress in one transaction: after a crash, the job says exactly where to resume. */
export function importSink<K extends ImportKind>(store: Store, merchantId: string, jobId: string, kind: K): ImportSink<K> {
  const write = writers[kind] as RecordWriter<K>;
  return {
    commit: (records, rejects, throughRow) =>
      store.transaction(async (tx) => {
        const landed = records.length > 0 ? await write(tx, merchantId, records) : 0;
        const job = await tx.db
          .selectFrom('import_job')
          .select('rows_rejected')
          .where('merchant_id', '=', merchantId)
          .where('id', '=', jobId)
          .executeTakeFirstOrThrow();
        const room = Math.max(0, REJECTS_STORED - job.rows_rejected);
        if (room > 0 && rejects.length > 0) {
          await tx.insertMany('import_reject', rejects.slice(0, room).map((r) => ({ merchant_id: merchantId, job_id: jobId, ...r })), [
            'merchant_id', 'job_id', 'row', 'field',
          ]);
        }
        await tx.db
          .updateTable('import_job')
          .set((eb) => ({
            rows_committed: throughRow,
            rows_landed: eb('rows_landed', '+', landed),
            rows_duplicate: eb('rows_duplicate', '+', records.length - landed),
            rows_rejected: eb('rows_rejected', '+', new Set(rejects.map((r) => r.row)).size),
            updated_at: new Date().toISOString(),
          }))
          .where('merchant_id', '=', merchantId)
          .where('id', '=', jobId)
          .execute();
        return landed;
      }),
  };
}

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
  if (!row) throw notFound(`no import ${jobId}`);
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

async function withImportCache<T>(store: Store, work: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'sqlite') return work();
  const before = (await sql<{ cache_size: number }>`pragma cache_size`.execute(store.db)).rows[0].cache_size;
  await sql.raw(`pragma cache_size = -${SQLITE_IMPORT_CACHE_KIB}`).execute(store.db);
  try {
    return await work();
  } finally {
    await sql.raw(`pragma cache_size = ${Number(before)}`).execute(store.db);
  }
}

/** The whole import on this thread: for small files, where a second thread would not pay off. */
async function importOnOneThread<K extends ImportKind>(job: ReadJob, sink: ImportSink<K>, options: ImportFileOptions, totalBytes: number) {
  let bytesRead = 0;
  let rowsRead = 0;
  const bytes = (async function* () {
    for await (const chunk of createReadStream(job.path)) {
      bytesRead += (chunk as Buffer).length;
      options.onProgress?.({ bytesRead, totalBytes, rowsRead });
      yield chunk as Buffer;
    }
  })();
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
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
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
 * Runs the reading half of an import on a worker thread and commits its batches here, in order,
 * so parsing the next batch overlaps writing this one. Landed and duplicates are counted here.
 */
function importOnTwoThreads(job: ReadJob, commit: Commit, options: ImportFileOptions, totalBytes: number): Promise<ImportSummary> {
  const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    let committed = Promise.resolve();
    let landed = 0;
    let accepted = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(error);
    };
    const then = (step: () => Promise<void> | void) => {
      committed = committed.then(() => (settled ? undefined : step())).catch(fail);
    };
    worker.on('message', (m: ReaderMessage) => {
      if (m.type === 'progress') options.onProgress?.({ bytesRead: m.bytesRead, totalBytes, rowsRead: m.rowsRead });
      else if (m.type === 'batch') {
        then(async () => {
          for (const r of m.rejects) options.onReject?.(r);
          landed += await commit(m.records, m.rejects, m.throughRow);
          accepted += m.records.length;
          worker.postMessage('committed');
        });
      } else if (m.type === 'done') {
        then(() => {
          settled = true;
          resolve({ ...m.summary, landed, duplicates: accepted - landed });
        });
      } else {
        then(() => fail(m.code ? new AppError(m.code, m.message, m.details) : new Error(m.message)));
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
  if (!merchant) throw notFound(`no merchant "${merchantId}"`);
  const fileName = options.fileName ?? basename(options.path);
  const format = options.format ?? formatFromName(fileName);
  const { size } = await stat(options.path);
  const fingerprint = await fingerprintFile(options.path);
  const job = (await resumableJob(store, merchantId, options.kind, fingerprint)) ??
    (await startJob(store, merchantId, { kind: options.kind, fileName, format, fingerprint }));

  const sink = importSink(store, merchantId, job.id, options.kind);
  const read: ReadJob = {
    kind: options.kind, merchantId, path: options.path, format, defaults: options.defaults,
    resumeAfterRow: job.rows_committed, batchRows: options.batchRows,
  };
  try {
    const summary = await withImportCache(store, () =>
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
