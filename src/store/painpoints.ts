import type { AspectOpinion, GroupingReview, ReviewMentions } from '../domain/review-opinions.js';
import type { Store } from './store.js';

/** Queries of pain-point mining: reviews waiting for extraction, stored triples, reviews with their triples. */

/** Which reviews pain points are computed over. */
export interface PainPointScope {
  productId?: string;
  category?: string;
  platform?: string;
  /** ISO date or time; reviews at or after it. */
  since?: string;
}

export interface ExtractedReview {
  reviewId: string;
  opinions: AspectOpinion[];
}

/** Where a pass of extraction has got to: the last review it handled, in (reviewed_at, id) order. */
export interface ExtractionCursor {
  reviewedAt: string;
  id: string;
}

/**
 * Reviews never extracted, or extracted by another model version, oldest first; after `cursor`, when given.
 * Without a cursor every batch would walk again past all the reviews earlier batches extracted: a pass over
 * a million reviews read the table 500 times over.
 */
export async function listReviewsToExtract(store: Store, merchantId: string, modelVersion: string, limit: number, cursor?: ExtractionCursor) {
  let query = store.db
    .selectFrom('review as r')
    .leftJoin('review_extraction as e', (j) =>
      j.onRef('e.merchant_id', '=', 'r.merchant_id').onRef('e.review_id', '=', 'r.id'),
    )
    .select(['r.id', 'r.text', 'r.reviewed_at'])
    .where('r.merchant_id', '=', merchantId)
    .where((eb) => eb.or([eb('e.review_id', 'is', null), eb('e.model_version', '<>', modelVersion)]));
  if (cursor) {
    // The first condition alone lets the (merchant, reviewed_at) index start at the cursor.
    query = query
      .where('r.reviewed_at', '>=', cursor.reviewedAt)
      .where((eb) => eb.or([eb('r.reviewed_at', '>', cursor.reviewedAt), eb('r.id', '>', cursor.id)]));
  }
  return query.orderBy('r.reviewed_at').orderBy('r.id').limit(limit).execute();
}

/** Replaces the stored extraction of each review in one transaction; returns how many triples landed. */
export async function saveExtractions(
  store: Store,
  merchantId: string,
  modelVersion: string,
  extracted: ExtractedReview[],
  at: string,
): Promise<number> {
  if (extracted.length === 0) return 0;
  const ids = extracted.map((e) => e.reviewId);
  return store.transaction(async (tx) => {
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
  });
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

/** How many of the merchant's reviews still wait for extraction by the current model. */
export async function countReviewsToExtract(store: Store, merchantId: string, modelVersion: string): Promise<number> {
  const row = await store.db
    .selectFrom('review as r')
    .leftJoin('review_extraction as e', (j) => j.onRef('e.merchant_id', '=', 'r.merchant_id').onRef('e.review_id', '=', 'r.id'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('r.merchant_id', '=', merchantId)
    .where((eb) => eb.or([eb('e.review_id', 'is', null), eb('e.model_version', '<>', modelVersion)]))
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

/** Changes whenever any of the merchant's reviews is extracted (each extraction stamps its time). */
export async function extractionState(store: Store, merchantId: string): Promise<string> {
  const row = await store.db
    .selectFrom('review_extraction')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('extracted_at').as('last')])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return `${row.n}|${row.last ?? ''}`;
}
