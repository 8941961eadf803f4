/** The merchant's cost assumptions for profit per product; no row means the defaults (nothing entered). */
export interface ProfitSettingsTable {
  merchant_id: string;
  /** Platform commission and payment fee as a share of the money kept (0..1). */
  platform_fee_rate: number;
  /** Yuan of shipping and packing per paid order. */
  shipping_per_order: number;
  /** Share of a product's sales lost per star its average rating loses (the owner's estimate, 0..1). */
  sales_lost_per_star: number;
  updated_at: string;
}

export interface ProfitTables {
  profit_settings: ProfitSettingsTable;
}
