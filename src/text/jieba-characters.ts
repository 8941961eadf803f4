/**
 * The character classes of jieba-rs, as one table over UTF-16 code units (plus the astral Han
 * ranges), so splitting a text costs one array read per character instead of a regex engine.
 */

/** Characters of RE_HAN_DEFAULT: a maximal run of them is one block for the dictionary route. */
export const BLOCK = 1;
/** Rust's `\s` (Unicode White_Space, which unlike JavaScript's `\s` has U+0085 and lacks U+FEFF). */
export const WHITE_SPACE = 2;

const BLOCK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
];
const BLOCK_SYMBOLS = '+#&._%-';
const WHITE_SPACE_RANGES: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];
/** RE_HAN_DEFAULT's ideographs beyond the BMP (written as surrogate pairs in JavaScript strings). */
const ASTRAL_BLOCK_RANGES: [number, number][] = [
  [0x20000, 0x2a6df],
  [0x2a700, 0x2ebef],
  [0x2f800, 0x2fa1f],
];

/** BLOCK, WHITE_SPACE or 0 for every BMP code unit. */
export const characterClass = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of BLOCK_RANGES) table.fill(BLOCK, from, to + 1);
  for (const symbol of BLOCK_SYMBOLS) table[symbol.charCodeAt(0)] = BLOCK;
  for (const [from, to] of WHITE_SPACE_RANGES) table.fill(WHITE_SPACE, from, to + 1);
  return table;
}

export function isAstralBlockCharacter(codePoint: number): boolean {
  for (const [from, to] of ASTRAL_BLOCK_RANGES) if (codePoint >= from && codePoint <= to) return true;
  return false;
}

export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

export function isAsciiAlphanumeric(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a);
}

export function isAsciiDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}
