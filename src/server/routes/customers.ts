import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { customerReportFor } from '../../services/customers.js';
import { parseQuery } from '../body.js';
import type { Env } from '../env.js';

// Up to three years ahead and a thousand listed buyers: beyond that forecasts and pages stop being useful.
const ReportQuery = z.object({
  horizon: z.coerce.number().int().min(1).max(156).optional(),
  top: z.coerce.number().int().min(1).max(1000).optional(),
});

/** GET /api/customers: segments, lifetime value, buyer actions and the small-order trend; null before any order. */
export function customerRoutes({ store }: App) {
  return new Hono<Env>()
  .get('/', async (c) => {
    const { horizon, top } = parseQuery(c, ReportQuery);
    return c.json(await customerReportFor(store, c.get('merchantId'), { horizonWeeks: horizon, topBuyers: top }));
  });
}
