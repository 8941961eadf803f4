import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Chinese font posters are set in: Noto Sans SC from the @fontsource package (shipped in dependencies, read from
 * disk, never downloaded). The package splits the font into ~100 subsets by unicode-range; satori reads woff (not
 * woff2), so each text loads only the woff subsets that hold its characters, which keeps a render to a few hundred KB.
 */
export const FONT_FAMILY = 'Noto Sans SC';
export type FontWeight = 400 | 700;

export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

interface Subset {
  file: string;
  ranges: Array<[number, number]>;
}

const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
const subsetsByWeight = new Map<FontWeight, Subset[]>();
const fileCache = new Map<string, Buffer>();

function parseRange(part: string): [number, number] {
  const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
  const start = parseInt(from!, 16);
  return [start, to === undefined ? start : parseInt(to, 16)];
}

/** The subsets of one weight as its CSS file lists them (file name and the code points it covers). */
function subsets(weight: FontWeight): Subset[] {
  const known = subsetsByWeight.get(weight);
  if (known) return known;
  const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
  const found: Subset[] = [];
  for (const face of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    if (file && range) found.push({ file, ranges: range.split(',').map(parseRange) });
  }
  subsetsByWeight.set(weight, found);
  return found;
}

function covers(subset: Subset, codePoint: number): boolean {
  return subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * Each subset gets its own family name: satori picks one font per family and draws .notdef boxes (tofu) for the
 * characters it lacks, but it does fall back along the families a style lists, so `fontFamily` names them all.
 */
function subsetName(subset: Subset): string {
  return `${FONT_FAMILY} ${subset.file.replace(/^noto-sans-sc-|-\d00-normal\.woff$/g, '')}`;
}

/** The `fontFamily` value that draws `fonts` (every subset name, once). */
export function fontFamilyOf(fonts: readonly LoadedFont[]): string {
  return [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ');
}

/** The font files (each weight asked for) that hold every character of `text`; characters no subset holds are left out. */
export function fontsFor(text: string, weights: readonly FontWeight[] = [400, 700]): LoadedFont[] {
  const codePoints = new Set<number>();
  // a space always: it loads the Latin subset, whose .notdef box satori draws for a character no subset holds
  codePoints.add(32);
  for (const ch of text) codePoints.add(ch.codePointAt(0)!);
  const fonts: LoadedFont[] = [];
  for (const weight of weights) {
    const needed = subsets(weight).filter((subset) => [...codePoints].some((cp) => covers(subset, cp)));
    for (const subset of needed) {
      let data = fileCache.get(subset.file);
      if (!data) {
        data = readFileSync(join(packageDir, 'files', subset.file));
        fileCache.set(subset.file, data);
      }
      fonts.push({ name: subsetName(subset), data, weight, style: 'normal' });
    }
  }
  return fonts;
}
