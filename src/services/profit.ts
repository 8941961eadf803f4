import { AppError } from '../domain/errors.js';
import type { OrderStatus } from '../domain/types.js';
import type { ProductPainPoint } from '../profit/pain-point-cost.js';
import { buildProfitReport, type ProfitReport } from '../profit/report.js';
import { settingsFromRow, type ProfitSettingsInput } from '../profit/settings.js';
import type { ProfitLine, ProfitProduct, ProfitSettings } from '../profit/types.js';
import { listOwnProducts, listProfitLines, loadProfitSettings, saveProfitSettings, saveUnitCost } from '../store/profit.js';
import type { Store } from '../store/store.js';
import { painPointReportFor } from './painpoints.js';

/** Profit per product (经营分析) use cases: load orders, costs, settings and pain points; compute; save what the owner enters. */

/** Reviews extracted per request before answering, as the pain-point page does: a huge import finishes over later visits. */
const EXTRACTION_PER_REQUEST = 20_000;

export async function profitLinesFor(store: Store, merchantId: string): Promise<ProfitLine[]> {
  const rows = await listProfitLines(store, merchantId);
  return rows.map((r) => ({
    orderId: r.order_id,
    buyerId: r.buyer_id,
    orderedAt: r.ordered_at,
    status: r.status as OrderStatus,
    orderRefund: Number(r.refund_amount),
    returnReason: r.return_reason,
    region: r.region,
    channel: r.channel,
    productId: r.product_id,
    sku: r.sku,
    quantity: Number(r.quantity),
    unitPrice: Number(r.unit_price),
    amount: Number(r.amount),
  }));
}

export async function ownProductsFor(store: Store, merchantId: string): Promise<ProfitProduct[]> {
  const rows = await listOwnProducts(store, merchantId);
  return rows.map((p) => ({
    id: p.id, sku: p.sku, name: p.name, category: p.category,
    price: p.price === null ? null : Number(p.price), unitCost: p.unit_cost === null ? null : Number(p.unit_cost),
  }));
}

export async function profitSettingsFor(store: Store, merchantId: string): Promise<ProfitSettings> {
  return settingsFromRow(await loadProfitSettings(store, merchantId));
}

/** Each product's ranked pain points, from the pain-point use case (its per-product slices). */
async function productPainPoints(store: Store, merchantId: string): Promise<ProductPainPoint[]> {
  const report = await painPointReportFor(store, merchantId, {}, EXTRACTION_PER_REQUEST);
  return report.byProduct.flatMap((slice) =>
    slice.painPoints.map((p) => ({ productId: slice.key, group: p.group, label: p.label, reviews: p.reviews, share: p.share, starsCost: p.starsCost })),
  );
}

/** The whole 经营分析 report; null before any order. */
export async function profitReportFor(store: Store, merchantId: string): Promise<ProfitReport | null> {
  const lines = await profitLinesFor(store, merchantId);
  if (lines.length === 0) return null;
  const [products, settings, painPoints] = await Promise.all([
    ownProductsFor(store, merchantId),
    profitSettingsFor(store, merchantId),
    productPainPoints(store, merchantId),
  ]);
  return buildProfitReport(lines, products, settings, painPoints);
}

/** Saves the owner's settings; what they leave out keeps its current value. */
export async function changeProfitSettings(store: Store, merchantId: string, input: ProfitSettingsInput): Promise<ProfitSettings> {
  const current = await profitSettingsFor(store, merchantId);
  const next = {
    platformFeeRate: input.platformFeeRate ?? current.platformFeeRate,
    shippingPerOrder: input.shippingPerOrder ?? current.shippingPerOrder,
    salesLostPerStar: input.salesLostPerStar ?? current.salesLostPerStar,
  };
  await saveProfitSettings(store, merchantId, {
    platform_fee_rate: next.platformFeeRate, shipping_per_order: next.shippingPerOrder, sales_lost_per_star: next.salesLostPerStar,
  });
  return { ...next, entered: true };
}

/** Enters the unit cost the products import left out (成本/进价); only the merchant's own products take one. */
export async function enterUnitCost(store: Store, merchantId: string, productId: string, unitCost: number): Promise<void> {
  if (!(await saveUnitCost(store, merchantId, productId, unitCost))) throw new AppError('not_found', { key: 'no_product', params: { id: productId } });
}
