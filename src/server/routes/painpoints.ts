import { Hono } from 'hono';
import type { App } from '../../app.js';
import { parsePainPointScope } from '../../painpoints/scope.js';
import { painPointReportFor } from '../../store/painpoints.js';
import type { Env } from '../env.js';

/**
 * GET /api/painpoints?product=&category=&platform=&since=: ranked pain points with evidence, per-slice
 * lists, the competitor gap and opportunity statements. New reviews are analysed on the way.
 */
export function painPointRoutes({ store }: App): Hono<Env> {
  const routes = new Hono<Env>();
  routes.get('/', async (c) => c.json(await painPointReportFor(store, c.get('merchantId'), parsePainPointScope(c.req.query()))));
  return routes;
}
