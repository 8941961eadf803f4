import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The peer's address as the socket reports it. Forwarded-for headers are not trusted: anyone can write
 * them, and trusting them would let a guesser pick a fresh address for every try. Requests that never
 * crossed a socket (tests calling the app directly) share one address.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}
