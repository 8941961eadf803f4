import { z } from 'zod';
import { invalidInput } from '../../domain/errors.js';

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
  })
  .refine((s) => !(s.product && s.category), 'product_or_category');

/** Parses untrusted scope input (CLI flags, query string) into a scope, or a bad_input error naming the field. */
export function parsePainPointScope(raw: unknown) {
  const result = PainPointScopeSchema.safeParse(raw);
  if (!result.success) throw invalidInput('scope', result.error);
  const { product, category, platform, since } = result.data;
  return { productId: product, category, platform, since };
}
