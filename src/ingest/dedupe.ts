/** Three 32-bit lanes: 96 bits, so no collision is expected below ~10^14 rows per merchant. */
const LANE_SEEDS = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35] as const;

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole lane. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type KeyPart = string | number | null | undefined;

/** Parts are hashed as if joined by U+001F (a null part as empty) without building the joined text. */
const SEPARATOR = 0x1f;

const partText = (part: KeyPart): string => (part === null || part === undefined ? '' : typeof part === 'string' ? part : String(part));

/** The three lanes of the last hash; overwritten by the next one (no array per row). */
const lanes = new Uint32Array(3);

/**
 * The 96-bit hash of `parts` as three 32-bit lanes, for tables that keep numbers rather than keys.
 * The array is shared: read it before hashing again.
 */
export function contentLanes(...parts: readonly KeyPart[]): Uint32Array {
  return hashLanes(parts);
}

function hashParts(parts: readonly KeyPart[]): string {
  const l = hashLanes(parts);
  return hex8(l[0]) + hex8(l[1]) + hex8(l[2]);
}

function hashLanes(parts: readonly KeyPart[]): Uint32Array {
  let length = parts.length - 1;
  for (const part of parts) length += partText(part).length;
  let a = LANE_SEEDS[0] ^ length;
  let b = LANE_SEEDS[1] ^ length;
  let c = LANE_SEEDS[2] ^ length;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      a = Math.imul(a ^ SEPARATOR, 0x01000193);
      b = Math.imul(b ^ SEPARATOR, 0x5bd1e995);
      c = Math.imul((c << 5) - c + SEPARATOR, 0x27d4eb2d);
    }
    const text = partText(parts[p]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      c = Math.imul((c << 5) - c + code, 0x27d4eb2d);
    }
  }
  lanes[0] = mix(a);
  lanes[1] = mix(b);
  lanes[2] = mix(c ^ a);
  return lanes;
}

/**
 * The dedupe key for a row without its own id: a hash of the fields that make it the same review,
 * post or order, so importing the same export twice (or two overlapping exports) adds it once.
 * Not cryptographic (nobody gains by forging a collision in their own data); a JS hash is several
 * times cheaper than SHA-256 per row, which matters at the import's 100,000 rows/s floor.
 */
export function contentKey(...parts: readonly KeyPart[]): string {
  return hashParts(parts);
}

/**
 * One 32-bit lane over a record's values in field order (null as empty, objects as their JSON): it
 * tells two rows of one identity apart within a file (see SeenIdentities). It is never stored, so it
 * need not match earlier releases, and one lane costs a third of `contentLanes` on every row's text.
 */
export function recordPrint(record: object): number {
  let h: number = LANE_SEEDS[2];
  for (const key in record) {
    const value = (record as Record<string, unknown>)[key];
    const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ SEPARATOR, 0x01000193);
  }
  return mix(h);
}

/** Two hex digits per byte value: looking them up cost a quarter of `toString(16)` with padding. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex8 = (n: number) => HEX_BYTES[n >>> 24] + HEX_BYTES[(n >>> 16) & 0xff] + HEX_BYTES[(n >>> 8) & 0xff] + HEX_BYTES[n & 0xff];

/**
 * A content key that starts with the row's time ("20240501020600-…"). Exports list rows in time
 * order, so keys arrive in order and the store's key index grows at one edge instead of touching
 * pages all over it: inserts stay in cache and each commit writes a few pages instead of thousands.
 */
export function timeOrderedKey(at: string, ...parts: KeyPart[]): string {
  // `at` is our own ISO text (YYYY-MM-DDTHH:MM:SS.sssZ), so fixed slices drop the separators.
  const prefix = at.slice(0, 4) + at.slice(5, 7) + at.slice(8, 10) + at.slice(11, 13) + at.slice(14, 16) + at.slice(17, 19);
  parts.unshift(at);
  return `${prefix}-${hashParts(parts)}`;
}
