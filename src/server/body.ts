import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, invalidInput } from '../domain/errors.js';

/** Parses a JSON body with a zod schema; a bad body is a 400 naming each field. */
export async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new AppError('bad_input', { key: 'body_not_json' });
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw invalidInput('request', result.error);
  return result.data;
}

/** Parses query parameters with a zod schema. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw invalidInput('query', result.error);
  return result.data;
}
