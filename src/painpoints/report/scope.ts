import { z } from 'zod';
import { AppError } from '../../domain/errors.js';

const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be a date like 2026-01-31');

/** Which reviews a pain-point report covers; one product or one category, not both. */
export const PainPointScopeSchema = z
  .object({
    product: z.string().min(1).optional(),
    category: z.string().min(1).optional(),
    platform: z.string().min(1).optional(),
    since: isoDate.optional(),
  })
  .refine((s) => !(s.product && s.category), 'choose a product or a category, not both');

/** Parses untrusted scope input (CLI flags, query string) into a scope, or a bad_input error naming the field. */
export function parsePainPointScope(raw: unknown) {
  const result = PainPointScopeSchema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((i) => ({ field: i.path.join('.') || 'scope', reason: i.message }));
    throw new AppError('bad_input', details.map((d) => `${d.field}: ${d.reason}`).join('; '), details);
  }
  const { product, category, platform, since } = result.data;
  return { productId: product, category, platform, since };
}
