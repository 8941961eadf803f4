import { Hono } from 'hono';
import type { App } from '../../app.js';
import { parsePainPointScope } from '../../painpoints/report/scope.js';
import { painPointReportFor } from '../../services/painpoints.js';
import type { Env } from '../env.js';

/**
 * Reviews extracted per request: about ten seconds on one core. After a big import the first requests
 * show what is analysed so far (with `pendingReviews`), and each request analyses more.
 */
const EXTRACTION_PER_REQUEST = 20_000;

/**
 * GET /api/painpoints?product=&category=&platform=&since=: ranked pain points with evidence, per-slice
 * lists, the competitor gap and opportunity statements. New reviews are analysed on the way.
 */
export function painPointRoutes({ store }: App) {
  return new Hono<Env>()
  .get('/', async (c) =>
    c.json(await painPointReportFor(store, c.get('merchantId'), parsePainPointScope(c.req.query()), EXTRACTION_PER_REQUEST)),
  );
}
