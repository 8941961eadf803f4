import { z } from 'zod';

/**
 * A question about the shop's own numbers as a structured query: what to measure, split by at most one
 * dimension, filtered, over a period. Rules or a language model produce it; it never holds SQL or a merchant
 * id — the store runs it for the signed-in merchant only — and a model's output that is not exactly this
 * shape is refused (`.strict()`), so an invented field such as another merchant's id cannot slip through.
 */
export const ASK_MEASURES = ['revenue', 'grossProfit', 'units', 'orders', 'refunds', 'returnedOrders', 'buyers', 'averageOrderValue'] as const;
export const ASK_DIMENSIONS = ['product', 'category', 'region', 'channel', 'month', 'returnReason'] as const;
/** Periods count back from the month of the newest order (the data's "this month"). */
export const ASK_PERIODS = ['thisMonth', 'lastMonth', 'last3Months', 'last12Months', 'all'] as const;
/** A short table: what a phone shows without scrolling. */
export const MAX_ASK_ROWS = 20;

export const askQuery = z
  .object({
    measure: z.enum(ASK_MEASURES),
    dimensions: z.array(z.enum(ASK_DIMENSIONS)).max(1).default([]),
    filters: z
      .object({
        region: z.string().min(1).max(40).optional(),
        channel: z.string().min(1).max(40).optional(),
        category: z.string().min(1).max(40).optional(),
        product: z.string().min(1).max(100).optional(),
      })
      .strict()
      .default({}),
    period: z.enum(ASK_PERIODS).default('last12Months'),
    limit: z.number().int().min(1).max(MAX_ASK_ROWS).default(5),
    order: z.enum(['desc', 'asc']).default('desc'),
  })
  .strict();

export type AskQuery = z.infer<typeof askQuery>;
export type AskMeasure = AskQuery['measure'];
export type AskDimension = AskQuery['dimensions'][number];
export type AskPeriod = AskQuery['period'];
