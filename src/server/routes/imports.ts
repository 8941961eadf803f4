import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { badInput } from '../../domain/errors.js';
import { parseImportRequest } from '../../ingest/options.js';
import { getImportJob, importFile, listImportJobs, listImportRejects, type ImportResult } from '../../store/imports.js';
import { trendReportFor } from '../../store/trends.js';
import { DEFAULT_WINDOW, parseWindow } from '../../trends/time-buckets.js';
import { parseQuery } from '../body.js';
import type { Env } from '../env.js';

/** A year of a factory's orders is a few hundred MB; the cap bounds the temporary disk an upload can take. */
export const MAX_UPLOAD_BYTES = 1024 ** 3;

const UploadQuery = z.object({
  kind: z.string(),
  filename: z.string().min(1, 'filename is required: the extension tells the format'),
  format: z.string().optional(),
  platform: z.string().optional(),
  bucket: z.string().optional(),
  owner: z.string().optional(),
});

function sizeLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > max ? badInput({ key: 'file_too_large', params: { mb: Math.round(max / 1024 ** 2) } }) : null, chunk);
    },
  });
}

/** Streams the request body to a temporary file: uploads never sit in memory, whatever their size. */
async function saveUpload(body: ReadableStream<Uint8Array> | null, dir: string): Promise<string> {
  if (!body) throw badInput({ key: 'body_not_file' });
  const path = join(dir, 'upload');
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), sizeLimit(MAX_UPLOAD_BYTES), createWriteStream(path));
  return path;
}

/** Kinds the trend radar reads; importing them updates the radar and its alerts at once. */
const TREND_FEEDS = new Set(['reviews', 'posts', 'keywords', 'orders']);

/** Feeds what just landed to the trend radar (it reads only the new rows) so alerts are current when the import returns. */
async function refreshTrends(store: App['store'], merchantId: string, result: ImportResult) {
  if (result.landed === 0 || !TREND_FEEDS.has(result.kind)) return null;
  const report = await trendReportFor(store, merchantId, parseWindow(DEFAULT_WINDOW));
  return { newRows: report.newRows, rising: report.rising.length };
}

/**
 * POST /api/imports?kind=reviews&filename=评价.csv with the file as the raw body: imports it for the
 * signed-in merchant and answers the summary (landed, duplicates, rejected, first rejects).
 * GET /api/imports lists recent imports; GET /api/imports/:id/rejects is the rejects report.
 */
export function importRoutes({ store }: App) {
  return new Hono<Env>()
  .post('/', async (c) => {
    const query = parseQuery(c, UploadQuery);
    const request = parseImportRequest(query);
    const dir = await mkdtemp(join(tmpdir(), 'kaikuan-upload-'));
    try {
      const path = await saveUpload(c.req.raw.body, dir);
      const result = await importFile(store, c.get('merchantId'), {
        kind: request.kind,
        path,
        fileName: query.filename,
        format: request.format,
        defaults: request.defaults,
      });
      return c.json({ ...result, trends: await refreshTrends(store, c.get('merchantId'), result) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })
  .get('/', async (c) => c.json({ imports: await listImportJobs(store, c.get('merchantId')) }))
  .get('/:id', async (c) => c.json(await getImportJob(store, c.get('merchantId'), c.req.param('id'))))
  .get('/:id/rejects', async (c) => {
    const job = await getImportJob(store, c.get('merchantId'), c.req.param('id'));
    return c.json({ import: job, rejects: await listImportRejects(store, c.get('merchantId'), job.id) });
  });
}
