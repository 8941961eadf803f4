/**
 * Scores a top-k pain-point list against a hand-read gold list (gold/painpoints/<set>.json): does
 * each pain point stand for one true complaint theme, does it lump two together, and which themes did
 * the list find at all. Matching is by the reviews a pain point counts, not by its wording, so a clean
 * name cannot hide a pain point that counts the wrong reviews.
 */
import { z } from 'zod';

export const goldSetSchema = z.object({
  set: z.string().min(1),
  reviews: z.array(z.object({ id: z.string().min(1), heldOut: z.boolean(), negative: z.boolean() })).min(1),
  themes: z.array(
    z.object({
      code: z.string().min(1),
      name: z.string().min(1),
      part: z.string().min(1),
      count: z.number().int().positive(),
      heldOutCount: z.number().int().nonnegative(),
      reviews: z.array(z.string().min(1)).min(1),
    }),
  ),
});
export type GoldSet = z.infer<typeof goldSetSchema>;
export type GoldTheme = GoldSet['themes'][number];

/** A shown pain point as the judge sees it: its name and the reviews it counts as complaining. */
export interface JudgedPainPoint {
  label: string;
  reviewIds: readonly string[];
}

/** A theme needs this many reviews in the scored part to be one the merchant must be told about. */
export const MIN_GOLD_REVIEWS = 3;
/** The merchant reads ten; more gold themes than that cannot all be in a top-10 list. */
export const GOLD_THEMES_EXPECTED = 10;
/** A pain point stands for a theme when at least this share of the reviews it counts carry that theme. */
export const STANDS_FOR_SHARE = 0.5;
/**
 * A second theme is merged in when this share of the pain point's reviews carry it and not the first
 * one (and at least two reviews do): then the pain point tells one fix's count as another's.
 */
export const MERGED_SHARE = 0.25;
const MIN_SUPPORT = 2;

export interface PainPointVerdict {
  label: string;
  /** The gold theme it stands for, if any. */
  theme: string | null;
  /** Other gold themes counted in it as if they were the same complaint. */
  mergedWith: string[];
  correct: boolean;
}

export interface GoldScores {
  recall: number;
  precision: number;
  /** Pairs of gold themes that share one shown pain point. */
  mergedGoldPairs: number;
  /** The gold themes that should be found (name → reviews in the scored part), biggest first. */
  expected: { name: string; reviews: number }[];
  found: string[];
  verdicts: PainPointVerdict[];
}

/** Only the reviews in `scored` (e.g. the held-out part) count, for the gold and for the pain points. */
export function scoreAgainstGold(
  painPoints: readonly JudgedPainPoint[],
  themes: readonly GoldTheme[],
  scored: ReadonlySet<string>,
  k: number,
): GoldScores {
  const themeReviews = new Map(themes.map((t) => [t.name, new Set(t.reviews.filter((id) => scored.has(id)))]));
  const expected = [...themeReviews]
    .map(([name, ids]) => ({ name, reviews: ids.size }))
    .filter((t) => t.reviews >= MIN_GOLD_REVIEWS)
    .sort((a, b) => b.reviews - a.reviews || a.name.localeCompare(b.name))
    .slice(0, GOLD_THEMES_EXPECTED);

  const verdicts = painPoints.slice(0, k).map((p): PainPointVerdict => {
    const counted = p.reviewIds.filter((id) => scored.has(id));
    const hits = [...themeReviews]
      .map(([name, ids]) => ({ name, ids, n: counted.filter((id) => ids.has(id)).length }))
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
    const best = hits[0];
    if (!best || best.n < MIN_SUPPORT || best.n < STANDS_FOR_SHARE * counted.length) {
      return { label: p.label, theme: null, mergedWith: [], correct: false };
    }
    const mergedWith = hits
      .slice(1)
      .filter((h) => {
        const apart = counted.filter((id) => h.ids.has(id) && !best.ids.has(id)).length;
        return apart >= MIN_SUPPORT && apart >= MERGED_SHARE * counted.length;
      })
      .map((h) => h.name);
    return { label: p.label, theme: best.name, mergedWith, correct: mergedWith.length === 0 };
  });

  const found = [...new Set(verdicts.filter((v) => v.correct).map((v) => v.theme!))];
  const shown = verdicts.length;
  return {
    recall: expected.length === 0 ? 0 : expected.filter((t) => found.includes(t.name)).length / expected.length,
    precision: shown === 0 ? 0 : verdicts.filter((v) => v.correct).length / shown,
    mergedGoldPairs: verdicts.reduce((n, v) => n + v.mergedWith.length, 0),
    expected,
    found,
    verdicts,
  };
}
