/**
 * Feature hashing: every feature is a 32-bit hash, so scoring builds no strings and the model needs
 * no vocabulary. FNV-1a for text, a murmur3 finaliser to combine. Hashes are signed 32-bit integers:
 * V8 keeps those unboxed in arrays, and a model only ever reads their low bits.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashText(text: string, from = 0, to = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Order-sensitive combination: (a, b) and (b, a) differ, as "不 好" and "好 不" should. */
export function combineHashes(a: number, b: number): number {
  let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
