import type { z } from 'zod';
import { badInput } from '../domain/errors.js';

/** Turns untrusted input into a typed value, or a bad-input error naming each wrong field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message }));
  throw badInput(`invalid ${what}: ${details.map((d) => d.field || what).join(', ')}`, details);
}
