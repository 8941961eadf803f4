import { z } from 'zod';
import { DEFAULT_PROFIT_SETTINGS, type ProfitSettings } from './types.js';

/**
 * What the owner may enter on the page or the CLI. Bounds are generous but stop typing slips: no platform takes
 * half of a sale, no parcel in China costs 500 yuan to send, and a star cannot lose more than all sales.
 */
export const profitSettingsInput = z.object({
  platformFeeRate: z.number().min(0).max(0.5).optional(),
  shippingPerOrder: z.number().min(0).max(500).optional(),
  salesLostPerStar: z.number().min(0).max(1).optional(),
});
export type ProfitSettingsInput = z.infer<typeof profitSettingsInput>;

/** A unit cost as the cost form sends it: yuan, above zero (a free product is a typo, not a cost). */
export const unitCostInput = z.object({ unitCost: z.number().positive().max(1_000_000) });

/** The stored row as settings, or the defaults when the owner never saved any. */
export function settingsFromRow(row: { platform_fee_rate: number; shipping_per_order: number; sales_lost_per_star: number } | undefined): ProfitSettings {
  if (!row) return DEFAULT_PROFIT_SETTINGS;
  return { platformFeeRate: row.platform_fee_rate, shippingPerOrder: row.shipping_per_order, salesLostPerStar: row.sales_lost_per_star, entered: true };
}
