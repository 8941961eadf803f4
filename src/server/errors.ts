import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../domain/errors.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  refused: 422,
  upstream: 502,
  too_large: 413,
  too_many: 429,
};

/** The one place errors become HTTP: always JSON `{ error: { code, message, details? } }`. */
export function errorResponse(error: unknown, c: Context) {
  if (error instanceof AppError) {
    return c.json({ error: { code: error.code, message: error.message, details: error.details } }, STATUS[error.code]);
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message }));
    return c.json({ error: { code: 'bad_input', message: 'request failed validation', details } }, 400);
  }
  console.error(error);
  return c.json({ error: { code: 'internal', message: 'something went wrong on our side' } }, 500);
}
