import { createHash } from 'node:crypto';

/** 96 bits: no collision expected below ~10^14 rows per merchant, and short enough to index cheaply. */
const KEY_HEX_CHARS = 24;

/**
 * The dedupe key for a row without its own id: a hash of the fields that make it the same review,
 * post or order, so importing the same export twice (or two overlapping exports) adds it once.
 */
export function contentKey(...parts: readonly (string | number | null | undefined)[]): string {
  // One update call: the per-call cost into OpenSSL outweighs hashing a short review.
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, KEY_HEX_CHARS);
}
