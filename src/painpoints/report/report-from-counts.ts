import type {
  ComplaintCell,
  DayComplaintCell,
  EvidenceCandidate,
  MentionCell,
  MonthComplaintCell,
  OwnerScope,
  PhrasingCount,
} from '../../domain/painpoint-counts.js';
import type { ProductOwner } from '../../domain/types.js';
import type { EvidenceReview } from '../types.js';
import { groupsOfKey } from './counts.js';
import { gapFromCounts, type GapCounts } from './gap.js';
import { cardWords } from './evidence.js';
import { complaintCountsOf, painPointFigures, type FigureCell } from './figures.js';
import { emptyWindows, growthFromWindows, growthWindowsOf, trendOf } from './growth.js';
import {
  candidateGroups, scorePainPoints, topPhrasings, wordsOf, type RankedPainPoint, type ScoredPainPoint, type SlicePainPoint,
} from './ranking.js';
import {
  inOwnerScope,
  isOwnReview,
  opportunitiesOf,
  OPPORTUNITIES_SHOWN,
  slicesOf,
  TOP_PAIN_POINTS,
  TOP_PER_SLICE,
  type PainPointReport,
  type PainPointSlice,
} from './report.js';
import { sourcesOf, type PostCell } from './sources.js';
import { starsCostFromCells } from './stars-cost.js';

/**
 * The pain-point report from stored counts (see counts.ts), the same report `buildPainPointReport` makes
 * from the reviews: counts summed per (product, platform) are ranked in memory — a few thousand rows
 * however many reviews there are — and quotes, phrasings and trends are asked of the store only for the
 * groups shown. The merchant's learned groups apply here, so they can change without touching the counts.
 */

export interface ReportProduct {
  id: string;
  name: string;
  category: string;
  brand: string | null;
  owner: ProductOwner;
}

/** The counts of one (product, platform) in scope. */
interface Pair {
  productKey: string;
  platform: string;
  cells: ComplaintCell[];
  days: DayComplaintCell[];
  mentions: MentionCell[];
}

/** Where a list of pain points comes from, for the store: products in or out, a platform. */
export interface PainPointSource {
  productKeys?: string[];
  excludeProductKeys?: string[];
  platform?: string;
}

/** What the report asks of the store once it knows which groups it shows. */
export interface PainPointDetails {
  /** Reviews per month and complained set within `source`. */
  months(source: PainPointSource): Promise<MonthComplaintCell[]>;
  /** Negative phrasings of the committed groups, within `source`. */
  phrasings(source: PainPointSource, groups: string[]): Promise<PhrasingCount[]>;
  /** Complaining reviews about any of `groups` within `source`, in evidence order, those saying `says[0]` (the name) first, then another of `says`. */
  evidence(source: PainPointSource, groups: string[], says: string[], offset: number, limit: number): Promise<EvidenceCandidate[]>;
}

export interface StoredPainPointCounts {
  products: ReportProduct[];
  owner: OwnerScope;
  /** Summed over all days in scope, every owner (the gap and competitor lists need both sides). */
  cells: ComplaintCell[];
  /** Each (product, platform)'s last 60 days in scope (see `growthAfter`). */
  days: DayComplaintCell[];
  mentions: MentionCell[];
  /** Committed group → the merchant's group, for groups that merged. */
  groups: Record<string, string>;
  /** Social posts per set of complained committed groups, for a whole-shop report (none otherwise). */
  posts: { complaints: string; posts: number }[];
}

/** Evidence rows read per query: a few quotes, after skipping repeated texts. */
const EVIDENCE_PAGE = 32;

/**
 * The report for the scope the counts were read for. `details` reads phrasings, quotes and trends for the
 * shown groups only.
 */
export async function buildReportFromCounts(counts: StoredPainPointCounts, details: PainPointDetails): Promise<PainPointReport> {
  const products = new Map(counts.products.map((p) => [p.id, p]));
  const ownerOf = (pair: Pair) => products.get(pair.productKey)?.owner ?? null;
  const merged = mergedSets(counts.groups);
  const members = membersOf(counts.groups);

  const pairs = pairsOf(counts);
  const posts: PostCell[] = counts.posts.map((cell) => ({ groups: merged(cell.complaints), posts: cell.posts }));
  const mine = pairs.filter((pair) => inOwnerScope(ownerOf(pair), counts.owner));
  const competitorKeys = counts.products.filter((p) => p.owner === 'competitor').map((p) => p.id);
  const ownerSource = (owner: OwnerScope): PainPointSource =>
    owner === 'own' ? { excludeProductKeys: competitorKeys } : owner === 'competitor' ? { productKeys: competitorKeys } : {};

  const detailed = async (list: Pair[], source: PainPointSource, limit: number): Promise<RankedPainPoint[]> => {
    const counted = tally(list, merged);
    const scored = score(counted, limit);
    const said = await phrasingsOf(details, source, scored, members);
    const perMonth = new Map<string, number>();
    const complaintsByMonth = new Map<string, Map<string, number>>();
    if (scored.length > 0) {
      for (const cell of await details.months(source)) {
        perMonth.set(cell.month, (perMonth.get(cell.month) ?? 0) + cell.reviews);
        for (const g of merged(cell.complaints)) {
          const byMonth = complaintsByMonth.get(g) ?? new Map<string, number>();
          byMonth.set(cell.month, (byMonth.get(cell.month) ?? 0) + cell.reviews);
          complaintsByMonth.set(g, byMonth);
        }
      }
    }
    return Promise.all(
      scored.map(async (p) => {
        const phrasings = said.get(p.group) ?? [];
        const label = phrasings[0]?.text ?? p.group;
        return {
          ...p,
          label,
          evidence: await evidenceOf(details, source, members(p.group), cardWords(label, phrasings)),
          phrasings,
          trend: trendOf(perMonth, complaintsByMonth.get(p.group) ?? new Map()),
          figures: painPointFigures(complaintCountsOf(counted.cells, counted.windows, p.group)),
          sources: sourcesOf(p.reviews, posts, p.group),
        };
      }),
    );
  };

  const painPoints = await detailed(mine, ownerSource(counts.owner), TOP_PAIN_POINTS);
  const named = new Map(painPoints.map((p) => [p.group, p]));
  // Each slice's quotes come from the store within the slice's own products (and platform).
  const slices = (list: Pair[], keyOf: (pair: Pair) => string | null, labelOf: (pair: Pair) => string | null, sourceOf: (list: Pair[]) => PainPointSource) =>
    Promise.all(
      slicesOf(list, keyOf, labelOf, reviewsOf, (l) => score(tally(l, merged), TOP_PER_SLICE)).map(
        async ({ items, ...slice }): Promise<PainPointSlice> => ({
          ...slice,
          painPoints: await Promise.all(
            slice.painPoints.map(async (p): Promise<SlicePainPoint> => ({
              ...p,
              label: named.get(p.group)?.label ?? p.group,
              evidence: await evidenceOf(details, sourceOf(items), members(p.group), wordsOf(named, p.group)),
            })),
          ),
        }),
      ),
    );
  const productsOf = (list: Pair[]) => [...new Set(list.map((pair) => pair.productKey))];

  const competitorPairs = pairs.filter((pair) => ownerOf(pair) === 'competitor');
  const gap = gapFromCounts(gapCounts(pairs, ownerOf, merged));
  const ownPainPoints =
    counts.owner === 'own'
      ? painPoints
      : await statedPainPoints(pairs.filter((pair) => isOwnReview(ownerOf(pair))), ownerSource('own'), merged, members, details);
  return {
    owner: counts.owner,
    reviews: reviewsOf(mine),
    painPoints,
    byProduct: await slices(mine, (pair) => pair.productKey || null, (pair) => products.get(pair.productKey)?.name ?? null, (l) => ({ productKeys: productsOf(l) })),
    byCategory: await slices(mine, (pair) => products.get(pair.productKey)?.category ?? null, (pair) => products.get(pair.productKey)?.category ?? null, (l) => ({
      productKeys: productsOf(l),
    })),
    byPlatform: await slices(mine, (pair) => pair.platform, (pair) => pair.platform, (l) => ({ productKeys: productsOf(l), platform: l[0].platform })),
    byCompetitor: await slices(
      competitorPairs,
      (pair) => products.get(pair.productKey)!.brand ?? pair.productKey,
      (pair) => products.get(pair.productKey)!.brand ?? pair.productKey,
      (l) => ({ productKeys: productsOf(l) }),
    ),
    gap,
    opportunities: opportunitiesOf(gap, ownPainPoints),
  };
}

/** The counts grouped per (product, platform). */
function pairsOf(counts: StoredPainPointCounts): Pair[] {
  const pairs = new Map<string, Pair>();
  const pairOf = (productKey: string, platform: string) => {
    const key = `${productKey}\u0000${platform}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { productKey, platform, cells: [], days: [], mentions: [] }));
    return pair;
  };
  for (const cell of counts.cells) pairOf(cell.productKey, cell.platform).cells.push(cell);
  for (const day of counts.days) pairOf(day.productKey, day.platform).days.push(day);
  for (const m of counts.mentions) pairOf(m.productKey, m.platform).mentions.push(m);
  // A pair with mentions or days but no reviews in scope cannot exist; keep only pairs with reviews.
  return [...pairs.values()].filter((pair) => pair.cells.length > 0);
}

const reviewsOf = (list: Pair[]) => {
  let n = 0;
  for (const pair of list) for (const cell of pair.cells) n += cell.reviews;
  return n;
};

/** A stored set of committed groups → the merchant's groups it complains about (cached per set). */
function mergedSets(groups: Record<string, string>): (complaints: string) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>();
  return (complaints) => {
    let set = cache.get(complaints);
    if (!set) cache.set(complaints, (set = new Set(groupsOfKey(complaints).map((g) => groups[g] ?? g))));
    return set;
  };
}

/** The merchant's group → the committed groups stored under it. */
function membersOf(groups: Record<string, string>): (group: string) => string[] {
  const members = new Map<string, string[]>();
  for (const [committed, group] of Object.entries(groups)) members.set(group, [...(members.get(group) ?? []), committed]);
  return (group) => members.get(group) ?? [group];
}

/** What the counts of some pairs say per merchant group: what ranking and the cards' figures read. */
interface Tally {
  reviews: number;
  complaining: Map<string, number>;
  cells: FigureCell[];
  mentions: Map<string, { all: number; negative: number }>;
  windows: ReturnType<typeof emptyWindows>;
}

function tally(list: Pair[], merged: (complaints: string) => ReadonlySet<string>): Tally {
  const complaining = new Map<string, number>();
  const cells: FigureCell[] = [];
  let lastDay = '';
  for (const pair of list) {
    for (const cell of pair.cells) {
      const set = merged(cell.complaints);
      for (const g of set) complaining.set(g, (complaining.get(g) ?? 0) + cell.reviews);
      cells.push({ groups: set, reviews: cell.reviews, rated: cell.rated, ratingSum: cell.ratingSum, ratingSquares: cell.ratingSquares });
      if (cell.lastDay > lastDay) lastDay = cell.lastDay;
    }
  }
  const mentions = new Map<string, { all: number; negative: number }>();
  const windows = emptyWindows();
  // No reviews, no days: the windows stay empty.
  const windowOf = lastDay === '' ? () => null : growthWindowsOf(lastDay);
  for (const pair of list) {
    for (const m of pair.mentions) {
      const group = merged(m.aspectGroup).values().next().value!; // one committed group → its merchant group
      const sum = mentions.get(group) ?? { all: 0, negative: 0 };
      sum.all += m.mentions;
      sum.negative += m.negativeMentions;
      mentions.set(group, sum);
    }
    for (const day of pair.days) {
      const which = windowOf(day.day);
      if (!which) continue;
      windows[which].reviews += day.reviews;
      for (const g of merged(day.complaints)) windows[which].complaints.set(g, (windows[which].complaints.get(g) ?? 0) + day.reviews);
    }
  }
  return { reviews: reviewsOf(list), complaining, cells, mentions, windows };
}

/** Ranking's figures from a tally, as `rankPainPoints` computes them from reviews. */
function score({ reviews, complaining, cells, mentions, windows }: Tally, limit: number): ScoredPainPoint[] {
  const groups = candidateGroups(complaining);
  if (groups.length === 0) return [];
  const growth = growthFromWindows(windows, groups);
  const starsCost = starsCostFromCells(cells, groups);
  const figures = groups.map((group) => ({
    group,
    reviews: complaining.get(group)!,
    mentions: mentions.get(group)!.all,
    negativeMentions: mentions.get(group)!.negative,
    growth: growth.get(group) ?? 0,
    starsCost: starsCost.get(group) ?? 0,
  }));
  return scorePainPoints(figures, reviews, limit);
}

/** The shown groups' top phrasings, summed over each group's committed members. */
async function phrasingsOf(details: PainPointDetails, source: PainPointSource, scored: ScoredPainPoint[], members: (group: string) => string[]) {
  const groupOf = new Map(scored.flatMap((p) => members(p.group).map((m) => [m, p.group] as const)));
  const counts = new Map<string, Map<string, number>>();
  for (const row of await details.phrasings(source, [...groupOf.keys()])) {
    const group = groupOf.get(row.aspectGroup)!;
    const byText = counts.get(group) ?? new Map<string, number>();
    byText.set(row.phrasing, (byText.get(row.phrasing) ?? 0) + row.mentions);
    counts.set(group, byText);
  }
  return new Map([...counts].map(([group, byText]) => [group, topPhrasings(byText)]));
}

/**
 * The first quotes in evidence order, those saying the card's name, then its other `words`, first, read a page at a time
 * until enough distinct texts are found.
 */
async function evidenceOf(details: PainPointDetails, source: PainPointSource, groups: string[], words: string[], count = 3): Promise<EvidenceReview[]> {
  const seen = new Set<string>();
  const evidence: EvidenceReview[] = [];
  for (let offset = 0; ; offset += EVIDENCE_PAGE) {
    const page = await details.evidence(source, groups, words, offset, EVIDENCE_PAGE);
    for (const review of page) {
      if (seen.has(review.text)) continue;
      seen.add(review.text);
      evidence.push(review);
      if (evidence.length === count) return evidence;
    }
    if (page.length < EVIDENCE_PAGE) return evidence;
  }
}

function gapCounts(pairs: Pair[], ownerOf: (pair: Pair) => ProductOwner | null, merged: (complaints: string) => ReadonlySet<string>): GapCounts {
  const counts: GapCounts = { own: { reviews: 0, complaints: new Map() }, competitor: { reviews: 0, complaints: new Map() } };
  for (const pair of pairs) {
    const side = ownerOf(pair) === 'competitor' ? counts.competitor : counts.own;
    for (const cell of pair.cells) {
      side.reviews += cell.reviews;
      for (const g of merged(cell.complaints)) side.complaints.set(g, (side.complaints.get(g) ?? 0) + cell.reviews);
    }
  }
  return counts;
}

/** Our own worst pain points, named, for the opportunity statements when the page shows another scope. */
async function statedPainPoints(
  own: Pair[],
  source: PainPointSource,
  merged: (complaints: string) => ReadonlySet<string>,
  members: (group: string) => string[],
  details: PainPointDetails,
) {
  const scored = score(tally(own, merged), OPPORTUNITIES_SHOWN);
  const said = await phrasingsOf(details, source, scored, members);
  return scored.map((p) => ({ ...p, label: said.get(p.group)?.[0]?.text ?? p.group }));
}
