import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, invalidInput, type ErrorCode } from '../domain/errors.js';
import { localeFrom, problemText, renderError } from '../messages/render.js';

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

/** The web app sends the reader's chosen language as Accept-Language; Chinese when it names none we have. */
export const readerLocale = (c: Context) => localeFrom(c.req.header('accept-language'));

/**
 * The one place errors become HTTP: always JSON `{ error: { code, key, params, message, details?, fields? } }`,
 * `message` said in the reader's language and each wrong field as `{ field, label, problem }`.
 */
export function errorResponse(error: unknown, c: Context) {
  const locale = readerLocale(c);
  const known = error instanceof ZodError ? invalidInput('request', error) : error;
  if (known instanceof AppError) {
    const fields = known.fields.map((f) => ({ field: f.field, problem: f.problem, text: problemText(locale, f) }));
    const body = {
      code: known.code,
      key: known.key ?? `code.${known.code}`,
      params: known.params,
      message: renderError(locale, known),
      details: known.details,
      ...(fields.length > 0 ? { fields } : {}),
    };
    return c.json({ error: body }, STATUS[known.code]);
  }
  console.error(error);
  const message = renderError(locale, { code: 'internal', params: {}, fields: [] });
  return c.json({ error: { code: 'internal', key: 'code.internal', params: {}, message } }, 500);
}
