import { sql } from 'kysely';
import type { OwnerScope } from '../domain/painpoint-counts.js';
import type { AspectOpinion, GroupingReview, ReviewMentions } from '../domain/review-opinions.js';
import type { Store } from './store.js';

/** Queries of pain-point mining: reviews waiting for extraction, stored triples, reviews with their triples (the in-memory reference and trends read these). */

/** Which reviews pain points are computed over. */
export interface PainPointScope {
  productId?: string;
  category?: string;
  platform?: string;
  /** A day (YYYY-MM-DD): reviews on it or after it. */
  since?: string;
  /** Whose reviews the pain points count (own products by default); the store reads all, the report splits. */
  owner?: OwnerScope;
}

export interface ExtractedReview {
  reviewId: string;
  opinions: AspectOpinion[];
}

/**
 * Reviews waiting for extraction, oldest first: a range scan of the partial index over pending reviews
 * (830_painpoint_counts), however many were extracted before. What the counts need of each comes along.
 * `after` (a review's time and id) starts the range after that review.
 */
export async function listReviewsToExtract(store: Store, merchantId: string, limit: number, after?: { reviewed_at: string; id: string }) {
  let query = store.db
    .selectFrom('review')
    .select(['id', 'text', 'reviewed_at', 'product_id', 'platform', 'rating'])
    .where('merchant_id', '=', merchantId)
    // A literal, not a parameter: the planner matches it against the partial index's condition.
    .where(sql<boolean>`extraction_pending = 1`);
  // Past the batch read before, which may still be waiting to be stored: the index range starts there.
  if (after) query = query.where((eb) => eb(eb.refTuple('reviewed_at', 'id'), '>', eb.tuple(after.reviewed_at, after.id)));
  return query
    .orderBy('reviewed_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Marks pending again the reviews a different model version extracted, so a new model re-extracts them
 * (their counts are replaced then). Two range probes answer "none" at once on every later request.
 */
export async function markOtherVersionsPending(store: Store, merchantId: string, modelVersion: string): Promise<void> {
  const other = async (op: '<' | '>') =>
    store.db
      .selectFrom('review_extraction')
      .select('review_id')
      .where('merchant_id', '=', merchantId)
      .where('model_version', op, modelVersion)
      .limit(1)
      .executeTakeFirst();
  if (!(await other('<')) && !(await other('>'))) return;
  await store.db
    .updateTable('review')
    .set({ extraction_pending: 1 })
    .where('merchant_id', '=', merchantId)
    .where('extraction_pending', '=', 0)
    .where('id', 'in', (eb) =>
      eb.selectFrom('review_extraction').select('review_id').where('merchant_id', '=', merchantId).where('model_version', '<>', modelVersion),
    )
    .execute();
}

/**
 * Takes the reviews still pending among `ids` for this transaction and clears their mark; returns them.
 * Two requests extracting at once: on PostgreSQL the second waits for the first's rows and then finds
 * them taken, so no review's counts are added twice.
 */
export async function claimPendingReviews(tx: Store, merchantId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.db
    .updateTable('review')
    .set({ extraction_pending: 0 })
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', ids)
    .where('extraction_pending', '=', 1)
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The stored extraction of each of `ids` that has one (its triples, possibly none), to take away its counts. */
export async function listStoredExtractions(tx: Store, merchantId: string, ids: readonly string[]): Promise<Map<string, AspectOpinion[]>> {
  const stored = new Map<string, AspectOpinion[]>();
  if (ids.length === 0) return stored;
  const extracted = await tx.db
    .selectFrom('review_extraction')
    .select('review_id')
    .where('merchant_id', '=', merchantId)
    .where('review_id', 'in', ids)
    .execute();
  for (const { review_id } of extracted) stored.set(review_id, []);
  if (stored.size === 0) return stored;
  const opinions = await tx.db
    .selectFrom('aspect_opinion')
    .select(['review_id', 'aspect', 'aspect_group', 'opinion', 'polarity', 'clause'])
    .where('merchant_id', '=', merchantId)
    .where('review_id', 'in', [...stored.keys()])
    .orderBy('review_id')
    .orderBy('seq')
    .execute();
  for (const o of opinions) {
    stored.get(o.review_id)!.push({ aspect: o.aspect, aspectGroup: o.aspect_group, opinion: o.opinion, polarity: o.polarity, clause: o.clause });
  }
  return stored;
}

/** Replaces the stored extraction of each review (inside the caller's transaction); returns how many triples landed. */
export async function replaceExtractions(
  tx: Store,
  merchantId: string,
  modelVersion: string,
  extracted: ExtractedReview[],
  at: string,
): Promise<number> {
  if (extracted.length === 0) return 0;
  const ids = extracted.map((e) => e.reviewId);
  await tx.db.deleteFrom('aspect_opinion').where('merchant_id', '=', merchantId).where('review_id', 'in', ids).execute();
  await tx.db.deleteFrom('review_extraction').where('merchant_id', '=', merchantId).where('review_id', 'in', ids).execute();
  await tx.insertMany(
    'review_extraction',
    ids.map((id) => ({ merchant_id: merchantId, review_id: id, model_version: modelVersion, extracted_at: at })),
    ['merchant_id', 'review_id'],
  );
  return tx.insertMany(
    'aspect_opinion',
    extracted.flatMap(({ reviewId, opinions }) =>
      opinions.map((o, seq) => ({
        merchant_id: merchantId,
        review_id: reviewId,
        seq,
        aspect: o.aspect,
        aspect_group: o.aspectGroup,
        opinion: o.opinion,
        polarity: o.polarity,
        clause: o.clause,
      })),
    ),
    ['merchant_id', 'review_id', 'seq'],
  );
}

/**
 * Extracted reviews in scope with their product and stored triples: the input of pain-point ranking.
 * A review not yet extracted is left out rather than counted as one without complaints.
 */
export async function listReviewMentions(store: Store, merchantId: string, scope: PainPointScope): Promise<ReviewMentions[]> {
  let reviews = store.db
    .selectFrom('review as r')
    .innerJoin('review_extraction as e', (j) => j.onRef('e.merchant_id', '=', 'r.merchant_id').onRef('e.review_id', '=', 'r.id'))
    .leftJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'r.merchant_id').onRef('p.id', '=', 'r.product_id'))
    .where('r.merchant_id', '=', merchantId);
  if (scope.productId) reviews = reviews.where('r.product_id', '=', scope.productId);
  if (scope.category) reviews = reviews.where('p.category', '=', scope.category);
  if (scope.platform) reviews = reviews.where('r.platform', '=', scope.platform);
  if (scope.since) reviews = reviews.where('r.reviewed_at', '>=', scope.since);

  const rows = await reviews
    .select(['r.id', 'r.text', 'r.product_id', 'r.platform', 'r.rating', 'r.reviewed_at'])
    .select(['p.name as product_name', 'p.category', 'p.brand', 'p.owner'])
    .orderBy('r.reviewed_at')
    .orderBy('r.id')
    .execute();
  const opinions = await reviews
    .innerJoin('aspect_opinion as o', (j) => j.onRef('o.merchant_id', '=', 'r.merchant_id').onRef('o.review_id', '=', 'r.id'))
    .select(['o.review_id', 'o.aspect', 'o.aspect_group', 'o.opinion', 'o.polarity', 'o.clause'])
    .orderBy('o.review_id')
    .orderBy('o.seq')
    .execute();

  const byReview = new Map<string, AspectOpinion[]>();
  for (const o of opinions) {
    const list = byReview.get(o.review_id) ?? [];
    list.push({ aspect: o.aspect, aspectGroup: o.aspect_group, opinion: o.opinion, polarity: o.polarity, clause: o.clause });
    byReview.set(o.review_id, list);
  }
  return rows.map((r) => ({
    reviewId: r.id,
    text: r.text,
    productId: r.product_id,
    productName: r.product_name,
    category: r.category,
    brand: r.brand,
    platform: r.platform,
    owner: r.owner,
    rating: r.rating,
    reviewedAt: r.reviewed_at,
    opinions: byReview.get(r.id) ?? [],
  }));
}

/** How many of the merchant's reviews wait for extraction (by the partial index over pending reviews). */
export async function countReviewsToExtract(store: Store, merchantId: string): Promise<number> {
  const row = await store.db
    .selectFrom('review')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('merchant_id', '=', merchantId)
    .where(sql<boolean>`extraction_pending = 1`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Each extracted review's product and triples, in the order `listReviewMentions` gives them: all that learning
 * the merchant's aspect groups reads. No texts or product rows, and reviews without a triple are not read.
 */
export async function listGroupingReviews(store: Store, merchantId: string): Promise<GroupingReview[]> {
  const rows = await store.db
    .selectFrom('aspect_opinion as o')
    .innerJoin('review as r', (j) => j.onRef('r.merchant_id', '=', 'o.merchant_id').onRef('r.id', '=', 'o.review_id'))
    .select(['o.review_id', 'r.product_id', 'o.aspect_group', 'o.opinion', 'o.polarity'])
    .where('o.merchant_id', '=', merchantId)
    .orderBy('r.reviewed_at')
    .orderBy('r.id')
    .orderBy('o.seq')
    .execute();
  const reviews: GroupingReview[] = [];
  let reviewId: string | undefined;
  for (const row of rows) {
    if (row.review_id !== reviewId) {
      reviewId = row.review_id;
      reviews.push({ productId: row.product_id, opinions: [] });
    }
    reviews[reviews.length - 1].opinions.push({ aspectGroup: row.aspect_group, opinion: row.opinion, polarity: row.polarity });
  }
  return reviews;
}
