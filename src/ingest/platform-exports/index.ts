import { normalizeHeader } from '../headers.js';
import { alibaba1688Exports } from './alibaba-1688.js';
import { douyinExports } from './douyin.js';
import { jdExports } from './jd.js';
import { pddExports } from './pdd.js';
import { taobaoExports } from './taobao.js';
import type { PlatformExport } from './types.js';

export type { PlatformExport } from './types.js';

/** Every platform export Kaikuan reads as downloaded; add a platform by adding its file here. */
export const PLATFORM_EXPORTS: readonly PlatformExport[] = [
  ...taobaoExports, ...jdExports, ...pddExports, ...douyinExports, ...alibaba1688Exports,
];

/**
 * The platform export a file is, from its headers: the one whose whole signature is there (the
 * longest signature when two are). Headers compare as the kind synonyms do (no width, case, units).
 */
export function platformExportOf(headers: readonly string[]): PlatformExport | undefined {
  const present = new Set(headers.map((h) => normalizeHeader(String(h ?? ''))));
  let best: PlatformExport | undefined;
  for (const candidate of PLATFORM_EXPORTS) {
    if (!candidate.signature.every((h) => present.has(normalizeHeader(h)))) continue;
    if (!best || candidate.signature.length > best.signature.length) best = candidate;
  }
  return best;
}
