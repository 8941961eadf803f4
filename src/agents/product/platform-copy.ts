import { displayWidth } from '../text-width.js';
import { findBannedClaims, removeBannedClaims, type BannedClaim } from './banned-claims.js';

/** The marketplaces a listing is written for; keys are what the API and CLI take. */
export const PLATFORMS = ['1688', 'taobao', 'pinduoduo', 'douyin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface PlatformRules {
  /** Title width in GBK bytes (a Chinese character counts 2), as the platforms' listing forms count it. */
  titleWidth: { min: number; max: number };
  /** How many selling points the listing form takes, and the width of each. */
  points: number;
  pointWidth: number;
  /** Words a platform treats as leading buyers elsewhere (other marketplaces, private chat): listings are taken down for them. */
  offPlatformWords: string[];
}

const CHAT = ['微信', '加微', 'vx', 'VX', '加V', '私聊', 'QQ'];

/**
 * Each platform's listing limits, from its seller rules: 淘宝 and 拼多多 titles 60 bytes (30 汉字); 1688 offers the same
 * 60; 抖店 titles at least 8 and at most 30 汉字 (16–60 bytes) and fewer, shorter selling points because they are read
 * on a video card. All four forbid sending buyers to another platform or to private chat.
 */
export const PLATFORM_RULES: Record<Platform, PlatformRules> = {
  '1688': { titleWidth: { min: 16, max: 60 }, points: 5, pointWidth: 40, offPlatformWords: [...CHAT, '淘宝', '拼多多', '抖音'] },
  taobao: { titleWidth: { min: 16, max: 60 }, points: 5, pointWidth: 40, offPlatformWords: [...CHAT, '拼多多', '京东', '抖音', '1688'] },
  pinduoduo: { titleWidth: { min: 16, max: 60 }, points: 4, pointWidth: 36, offPlatformWords: [...CHAT, '淘宝', '天猫', '京东', '抖音'] },
  douyin: { titleWidth: { min: 16, max: 60 }, points: 3, pointWidth: 30, offPlatformWords: [...CHAT, '淘宝', '天猫', '拼多多', '京东'] },
};

export type CopyProblem =
  | { kind: 'banned'; claim: BannedClaim }
  | { kind: 'off_platform'; word: string }
  | { kind: 'title_cut'; width: number; max: number }
  | { kind: 'title_short'; width: number; min: number }
  | { kind: 'points_dropped'; dropped: number };

export interface PlatformCopy {
  platform: Platform;
  title: string;
  points: string[];
  /** What was changed or still needs the owner, so nothing is fixed silently. */
  problems: CopyProblem[];
}

/** Cuts to `max` bytes, at the last space before it when there is one (titles are words joined by spaces). */
function cutToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let kept = '';
  for (const ch of text) {
    if (displayWidth(kept + ch) > max) break;
    kept += ch;
  }
  const lastSpace = kept.lastIndexOf(' ');
  return (lastSpace > kept.length / 2 ? kept.slice(0, lastSpace) : kept).trim();
}

function withoutWords(text: string, words: readonly string[], found: Set<string>): string {
  let result = text;
  for (const word of words) {
    if (result.toLowerCase().includes(word.toLowerCase())) {
      found.add(word);
      result = result.split(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')).join('');
    }
  }
  return result.replace(/\s{2,}/g, ' ').trim();
}

/**
 * The listing's title and selling points fitted to one platform: 广告法 claims and off-platform words removed, the
 * title cut to the platform's width, the points to its count and width; every change is listed as a problem.
 */
export function fitToPlatform(platform: Platform, title: string, points: readonly string[]): PlatformCopy {
  const rules = PLATFORM_RULES[platform];
  const problems: CopyProblem[] = [];
  const offPlatform = new Set<string>();
  for (const claim of findBannedClaims([title, ...points].join('\n'))) problems.push({ kind: 'banned', claim });

  const cleanTitle = withoutWords(removeBannedClaims(title), rules.offPlatformWords, offPlatform);
  const fittedTitle = cutToWidth(cleanTitle, rules.titleWidth.max);
  if (fittedTitle !== cleanTitle) problems.push({ kind: 'title_cut', width: displayWidth(cleanTitle), max: rules.titleWidth.max });
  if (displayWidth(fittedTitle) < rules.titleWidth.min) problems.push({ kind: 'title_short', width: displayWidth(fittedTitle), min: rules.titleWidth.min });

  const cleanPoints = points
    .map((point) => cutToWidth(withoutWords(removeBannedClaims(point), rules.offPlatformWords, offPlatform), rules.pointWidth))
    .filter((point) => point !== '');
  if (cleanPoints.length > rules.points) problems.push({ kind: 'points_dropped', dropped: cleanPoints.length - rules.points });
  for (const word of offPlatform) problems.push({ kind: 'off_platform', word });
  return { platform, title: fittedTitle, points: cleanPoints.slice(0, rules.points), problems };
}
