/**
 * Reviews and posts as stored day counts (930_trend_counts): the same words, products, categories,
 * platforms and weights as the radar's events (merchant-events.ts), added up over a batch into one row
 * per (kind, key, day). Aspects and pain points are counted per set of the model's groups a review names,
 * so groups the merchant's buyers use alike can be merged when read, still counting each review once.
 * Each series also keeps when it was first seen and its newest few reviews/posts.
 */
import type { AspectOpinion } from '../domain/review-opinions.js';
import type { CountedKind, DayNumber, SeriesKind, TrendCountDeltas, TrendDayCount, TrendEvidenceEntry, TrendSeriesFacts } from '../domain/trends.js';
import type { SocialPost } from '../domain/types.js';
import { EVIDENCE_PER_SERIES, newestEvidence } from './evidence-log.js';
import { postWeight, reviewAspects, reviewListing } from './merchant-events.js';
import { toDayNumber } from './time-buckets.js';
import { trendTerms } from './trend-terms.js';

/** A review as counted: where it was written, by product name when the catalogue knows it. */
export interface CountedReview {
  id: string;
  text: string;
  reviewedAt: string;
  productId: string | null;
  productName: string | null;
  category: string | null;
  platform: string;
}

type Opinions = readonly Pick<AspectOpinion, 'aspectGroup' | 'polarity'>[];

/** Joins a set of groups into one key; '|' is never part of a group's name. */
export const GROUP_SET_SEPARATOR = '|';
const setKey = (groups: readonly string[]) => [...groups].sort().join(GROUP_SET_SEPARATOR);

export class TrendCountBatch {
  private readonly counts = new Map<string, TrendDayCount>();
  private readonly series = new Map<string, TrendSeriesFacts>();
  private reviews = 0;
  private posts = 0;
  private firstDay = Infinity;
  private lastDay = -Infinity;

  /** A review counted for the first time: one document, its words, listing and aspects. */
  addReview(review: CountedReview, opinions: Opinions): void {
    const day = toDayNumber(review.reviewedAt);
    const evidenceId = `review:${review.id}`;
    this.reviews++;
    this.noteDay(day);
    this.count('document', '', day, 1);
    for (const term of trendTerms(review.text)) this.mention('term', term, day, 1, evidenceId);
    for (const [kind, key] of reviewListing(review)) if (key) this.mention(kind, key, day, 1, evidenceId);
    this.addOpinions(day, evidenceId, opinions, 1);
  }

  /** A review another model extracted again: its old sets of groups are taken away, the new ones added. */
  replaceOpinions(review: Pick<CountedReview, 'id' | 'reviewedAt'>, old: Opinions, now: Opinions): void {
    const day = toDayNumber(review.reviewedAt);
    this.addOpinions(day, null, old, -1);
    this.addOpinions(day, `review:${review.id}`, now, 1);
  }

  /** A post: one document weighted by its engagement, its words and platform at that weight. */
  addPost(post: Pick<SocialPost, 'id' | 'text' | 'platform' | 'postedAt' | 'likes' | 'comments' | 'shares'>): void {
    const day = toDayNumber(post.postedAt);
    const weight = postWeight(post);
    const evidenceId = `post:${post.id}`;
    this.posts++;
    this.noteDay(day);
    this.count('document', '', day, weight);
    for (const term of trendTerms(post.text)) this.mention('term', term, day, weight, evidenceId);
    this.mention('platform', post.platform, day, weight, evidenceId);
  }

  deltas(): TrendCountDeltas {
    const series = [...this.series.values()].map((s) => ({ ...s, evidence: newestEvidence(s.evidence) }));
    return { counts: [...this.counts.values()], series, reviews: this.reviews, posts: this.posts, firstDay: this.firstDay, lastDay: this.lastDay };
  }

  private addOpinions(day: DayNumber, evidenceId: string | null, opinions: Opinions, sign: 1 | -1): void {
    const { aspects, painpoints } = reviewAspects(opinions);
    for (const [setKind, kind, groups] of [['aspects', 'aspect', aspects], ['painpoints', 'painpoint', painpoints]] as const) {
      if (groups.length === 0) continue;
      this.count(setKind, setKey(groups), day, sign);
      if (evidenceId) for (const group of groups) this.see(kind, group, day, evidenceId);
    }
  }

  private mention(kind: CountedKind & SeriesKind, key: string, day: DayNumber, weight: number, evidenceId: string): void {
    this.count(kind, key, day, weight);
    this.see(kind, key, day, evidenceId);
  }

  private count(kind: CountedKind, key: string, day: DayNumber, weight: number): void {
    const id = `${kind}\u0000${key}\u0000${day}`;
    const row = this.counts.get(id);
    if (row) row.weight += weight;
    else this.counts.set(id, { kind, key, day, weight });
  }

  private see(kind: SeriesKind, key: string, day: DayNumber, evidenceId: string): void {
    const id = `${kind}\u0000${key}`;
    let series = this.series.get(id);
    if (!series) this.series.set(id, (series = { kind, key, firstDay: day, evidence: [] }));
    if (day < series.firstDay) series.firstDay = day;
    series.evidence.push({ id: evidenceId, day });
    // Kept short as the batch goes: only the newest few can ever be shown.
    if (series.evidence.length >= 4 * EVIDENCE_PER_SERIES) series.evidence = newestEvidence(series.evidence);
  }

  private noteDay(day: DayNumber): void {
    if (day < this.firstDay) this.firstDay = day;
    if (day > this.lastDay) this.lastDay = day;
  }
}

/** A series' stored evidence with a batch's: the newest few of both. */
export const mergeEvidence = (stored: readonly TrendEvidenceEntry[], added: readonly TrendEvidenceEntry[]): TrendEvidenceEntry[] =>
  newestEvidence([...stored, ...added]);
