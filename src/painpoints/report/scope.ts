import { z } from 'zod';
import { invalidInput } from '../../domain/errors.js';
import type { OwnerScope } from '../../domain/painpoint-counts.js';

/** Which reviews a report covers (the store's PainPointScope has the same shape). */
export interface PainPointScope {
  productId?: string;
  category?: string;
  platform?: string;
  since?: string;
  owner: OwnerScope;
}

const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'bad_date');

/** Which reviews a pain-point report covers; one product or one category, not both. */
export const PainPointScopeSchema = z
  .object({
    product: z.string().min(1).optional(),
    category: z.string().min(1).optional(),
    platform: z.string().min(1).optional(),
    since: isoDate.optional(),
    owner: z.enum(['own', 'competitor', 'all']).optional(),
  })
  .refine((s) => !(s.product && s.category), 'product_or_category');

/**
 * Parses untrusted scope input (CLI flags, query string) into a scope, or a bad_input error naming the field.
 * `since` counts whole days (the stored counts are per day), so a time in it is read as its day. Whose
 * reviews count: the merchant's own products unless said otherwise; all of one product's when a product is named.
 */
export function parsePainPointScope(raw: unknown): PainPointScope {
  const result = PainPointScopeSchema.safeParse(raw);
  if (!result.success) throw invalidInput('scope', result.error);
  const { product, category, platform, since, owner } = result.data;
  return { productId: product, category, platform, since: since?.slice(0, 10), owner: ownerScopeOf({ productId: product, owner }) };
}

/** Whose reviews count when not said: all of a named product's, else the merchant's own. */
export const ownerScopeOf = (scope: { productId?: string; owner?: OwnerScope }): OwnerScope => scope.owner ?? (scope.productId ? 'all' : 'own');
