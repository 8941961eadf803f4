import type { z } from 'zod';
import { invalidInput, type InputName } from '../domain/errors.js';

/** Turns untrusted input into a typed value, or a bad-input error naming each wrong field in the reader's words. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what: InputName): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw invalidInput(what, result.error);
}
