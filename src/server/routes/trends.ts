import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { AppError } from '../../domain/errors.js';
import { trendAlertsFor, trendReportFor, trendSeriesFor } from '../../services/trends.js';
import { DEFAULT_WINDOW, parseWindow } from '../../trends/time-buckets.js';
import type { SeriesKind } from '../../domain/trends.js';
import { parseQuery } from '../body.js';
import type { Env } from '../env.js';

const SERIES_KINDS = ['term', 'aspect', 'painpoint', 'product', 'category', 'platform', 'keyword', 'sales'] as const satisfies readonly SeriesKind[];

const ReportQuery = z.object({ window: z.string().default(DEFAULT_WINDOW) });
const SeriesQuery = ReportQuery.extend({ kind: z.enum(SERIES_KINDS), key: z.string().min(1) });

/**
 * GET /api/trends?window=90d: what is rising now, plus the stored alerts.
 * GET /api/trends/series?kind=…&key=…&window=90d: one series with the reviews and posts behind it.
 */
export function trendRoutes({ store }: App) {
  return new Hono<Env>()
  .get('/', async (c) => {
    const merchantId = c.get('merchantId');
    const windowDays = parseWindow(parseQuery(c, ReportQuery).window);
    const report = await trendReportFor(store, merchantId, windowDays);
    return c.json({ ...report, alerts: await trendAlertsFor(store, merchantId, windowDays) });
  })
  .get('/series', async (c) => {
    const query = parseQuery(c, SeriesQuery);
    const series = await trendSeriesFor(store, c.get('merchantId'), parseWindow(query.window), query.kind, query.key);
    if (!series) throw new AppError('not_found', { key: 'no_series', params: { key: query.key } });
    return c.json(series);
  });
}
