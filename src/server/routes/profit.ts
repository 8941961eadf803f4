import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { profitSettingsInput, unitCostInput } from '../../profit/settings.js';
import { changeProfitSettings, enterUnitCost, profitReportFor } from '../../services/profit.js';
import { parseBody } from '../body.js';
import type { Env } from '../env.js';

const ProductParam = z.object({ productId: z.string().min(1).max(200) });

/** 经营分析: GET /api/profit (null before any order), PUT settings, PUT a product's unit cost. */
export function profitRoutes({ store }: App) {
  return new Hono<Env>()
    .get('/', async (c) => c.json(await profitReportFor(store, c.get('merchantId'))))
    .put('/settings', async (c) => c.json(await changeProfitSettings(store, c.get('merchantId'), await parseBody(c, profitSettingsInput))))
    .put('/costs/:productId', async (c) => {
      const { productId } = ProductParam.parse(c.req.param());
      const { unitCost } = await parseBody(c, unitCostInput);
      await enterUnitCost(store, c.get('merchantId'), productId, unitCost);
      return c.json({ saved: true as const, unitCost });
    });
}
