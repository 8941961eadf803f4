import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { parseLocale } from '../../messages/imports.js';
import { parseImportRequest } from '../../ingest/options.js';
import { rejectsCsv } from '../../ingest/report.js';
import { getImportJob, listImportJobs, listImportRejects } from '../../store/import-jobs.js';
import { importFile, type ImportResult } from '../../services/imports.js';
import { trendReportFor } from '../../services/trends.js';
import { DEFAULT_WINDOW, parseWindow } from '../../trends/time-buckets.js';
import { parseQuery } from '../body.js';
import type { Env } from '../env.js';
import { saveUpload } from '../upload.js';

const UploadQuery = z.object({
  kind: z.string(),
  filename: z.string().min(1, 'filename is required: the extension tells the format'),
  format: z.string().optional(),
  platform: z.string().optional(),
  bucket: z.string().optional(),
  owner: z.string().optional(),
  since: z.string().optional(),
  lang: z.string().optional(),
});

/** Rows in the downloadable report: every reject the store keeps (it keeps the first 10,000). */
const REJECTS_DOWNLOADED = 10_000;

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
 * GET /api/imports lists recent imports; GET /api/imports/:id/rejects is the rejects report, and
 * GET /api/imports/:id/rejects.csv the same as a download.
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
        locale: request.locale,
        earliest: request.earliest,
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
  })
  // The whole stored report as a spreadsheet, its cells made safe to open (see `neutralised`).
  .get('/:id/rejects.csv', async (c) => {
    const job = await getImportJob(store, c.get('merchantId'), c.req.param('id'));
    const rejects = await listImportRejects(store, c.get('merchantId'), job.id, REJECTS_DOWNLOADED);
    const name = `rejects-${job.fileName.replace(/\.[^.]*$/, '')}.csv`;
    return c.body(rejectsCsv(rejects, parseLocale(c.req.query('lang'))), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="rejects.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  });
}
