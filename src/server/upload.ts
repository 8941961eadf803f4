import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { badInput } from '../domain/errors.js';

/**
 * Streams a request body to a file in `dir`: uploads never sit in memory while they arrive, and the body-limit
 * middleware (security/body-limits.ts) fails the stream once it passes the upload cap.
 */
export async function saveUpload(body: ReadableStream<Uint8Array> | null, dir: string): Promise<string> {
  if (!body) throw badInput({ key: 'body_not_file' });
  const path = join(dir, 'upload');
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), createWriteStream(path));
  return path;
}
