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
import { analyseAfterImport, REVIEWS_ANALYSED_BEFORE_ANSWER } from '../../services/analysis.js';
import { importFile } from '../../services/imports.js';
import { workInProgress } from '../../services/work-progress.js';
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

/**
 * POST /api/imports?kind=reviews&filename=评价.csv with the file as the raw body: imports it for the
 * signed-in merchant and answers the summary (landed, duplicates, rejected, first rejects).
 * A small file's new reviews are analysed and fed to the trend radar before the answer; a big file's
 * are analysed after it (`analysing` says how many), and GET /api/imports/progress shows how far the
 * import and the analysis got (percent, rows per second, seconds left) for the import page to poll.
 * GET /api/imports lists recent imports; GET /api/imports/:id/rejects is the rejects report, and
 * GET /api/imports/:id/rejects.csv the same as a download.
 */
export function importRoutes({ store, llm, config }: App) {
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
      const model = { llm, caps: config.llm.extraction, locale: request.locale };
      const after = await analyseAfterImport(store, c.get('merchantId'), result, { waitUpTo: REVIEWS_ANALYSED_BEFORE_ANSWER, model });
      return c.json({ ...result, ...after });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })
  .get('/', async (c) => c.json({ imports: await listImportJobs(store, c.get('merchantId')) }))
  .get('/progress', (c) => c.json({ work: workInProgress(store, c.get('merchantId')) }))
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
