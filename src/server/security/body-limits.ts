import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../domain/errors.js';

/** Every JSON body the API takes (a plan, a batch of ideas, a review answer) is a few kB; 1 MB leaves a wide margin. */
export const JSON_LIMIT_BYTES = 1024 ** 2;

/** Routes whose body is a file streamed to disk, capped by the configured upload limit instead of the JSON one. */
const UPLOAD_ROUTES = new Set(['POST /api/imports', 'POST /api/imports/', 'POST /api/materials/photos']);

const megabytes = (bytes: number) => Math.round(bytes / 1024 ** 2);

const tooLarge = (limit: number, upload: boolean): AppError =>
  new AppError('too_large', { key: upload ? 'file_too_large' : 'json_too_large', params: { mb: megabytes(limit) } });

/**
 * Caps request bodies per route: 413 with a plain message as soon as a body passes its cap. A declared
 * length over the cap is refused before reading; an undeclared one is counted as it streams, so an upload
 * never has to sit in memory to be measured.
 */
export function bodyLimits(uploadLimitBytes: number): MiddlewareHandler {
  const json = bodyLimit({ maxSize: JSON_LIMIT_BYTES, onError: () => { throw tooLarge(JSON_LIMIT_BYTES, false); } });
  return async (c, next) => {
    if (!UPLOAD_ROUTES.has(`${c.req.method} ${c.req.path}`)) return json(c, next);
    const declared = Number(c.req.header('content-length') ?? NaN);
    if (declared > uploadLimitBytes) throw tooLarge(uploadLimitBytes, true);
    const body = c.req.raw.body;
    if (body) {
      const counted = body.pipeThrough(countingStream(uploadLimitBytes, () => tooLarge(uploadLimitBytes, true)));
      c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    }
    await next();
  };
}

/** Passes bytes through until more than `limit` have gone by, then fails the stream with the given error. */
function countingStream(limit: number, error: () => Error): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > limit) controller.error(error());
      else controller.enqueue(chunk);
    },
  });
}
