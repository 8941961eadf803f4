import { Hono } from 'hono';
import type { App } from '../../app.js';
import { marketReportFor } from '../../services/markets.js';
import type { Env } from '../env.js';

/** GET /api/markets: regions, channels and categories ranked for expansion; null before any order or review. */
export function marketRoutes({ store }: App) {
  return new Hono<Env>()
  .get('/', async (c) => c.json(await marketReportFor(store, c.get('merchantId'))));
}
