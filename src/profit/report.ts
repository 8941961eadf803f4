import { rankAdvice, type Advice } from './advice.js';
import { painPointCosts, type PainPointCost, type ProductPainPoint } from './pain-point-cost.js';
import { priceResponse, type PriceResponse } from './price-response.js';
import { buildProfitTable, type ProfitTable } from './product-profit.js';
import { smallOrderShare, type SmallOrderShare } from './small-orders.js';
import { monthOf } from './months.js';
import type { ProfitLine, ProfitProduct, ProfitSettings } from './types.js';

/** The 经营分析 page: profit per product, what drives it, and what to do about it. */
export interface ProfitReport extends ProfitTable {
  settings: ProfitSettings;
  /** Own products with sales or listed but without a unit cost: the form asks for these. */
  missingCosts: { productId: string; name: string; sku: string; revenue: number }[];
  painPointCosts: PainPointCost[];
  priceResponses: { productId: string; name: string; response: PriceResponse }[];
  smallOrders: SmallOrderShare | null;
  advice: Advice[];
}

/** How many pain points the page lists: the costliest ones, where fixing pays. */
const PAIN_POINTS_SHOWN = 10;

export function buildProfitReport(
  lines: readonly ProfitLine[],
  products: readonly ProfitProduct[],
  settings: ProfitSettings,
  painPoints: readonly ProductPainPoint[],
): ProfitReport | null {
  const table = buildProfitTable(lines, products, settings);
  if (!table) return null;
  const inWindow = lines.filter((l) => monthOf(l.orderedAt) >= table.months[0]);
  const costs = painPointCosts(painPoints, table.products, settings.salesLostPerStar);
  const small = smallOrderShare(inWindow, settings);
  const byProduct = new Map<string, ProfitLine[]>();
  for (const l of inWindow) {
    if (!l.productId) continue;
    const list = byProduct.get(l.productId) ?? [];
    list.push(l);
    byProduct.set(l.productId, list);
  }
  const revenueOf = new Map(table.products.map((p) => [p.productId, p.revenue]));
  return {
    ...table,
    settings,
    missingCosts: products
      .filter((p) => p.unitCost === null)
      .map((p) => ({ productId: p.id, name: p.name, sku: p.sku, revenue: revenueOf.get(p.id) ?? 0 }))
      .sort((a, b) => b.revenue - a.revenue),
    painPointCosts: costs.slice(0, PAIN_POINTS_SHOWN),
    priceResponses: table.products
      .filter((p) => byProduct.has(p.productId))
      .map((p) => ({ productId: p.productId, name: p.name, response: priceResponse(byProduct.get(p.productId)!) })),
    smallOrders: small,
    advice: rankAdvice(table, costs, small, settings.shippingPerOrder),
  };
}
