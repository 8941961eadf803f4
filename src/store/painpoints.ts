import type { AspectOpinion, ReviewMentions } from '../domain/review-opinions.js';
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

/** Reviews never extracted, or extracted by another model version, oldest first. */
export async function listReviewsToExtract(store: Store, merchantId: string, modelVersion: string, limit: number) {
  return store.db
    .selectFrom('review as r')
    .leftJoin('review_extraction as e', (j) =>
      j.onRef('e.merchant_id', '=', 'r.merchant_id').onRef('e.review_id', '=', 'r.id'),
    )
    .select(['r.id', 'r.text'])
    .where('r.merchant_id', '=', merchantId)
    .where((eb) => eb.or([eb('e.review_id', 'is', null), eb('e.model_version', '<>', modelVersion)]))
    .orderBy('r.reviewed_at')
    .orderBy('r.id')
    .limit(limit)
    .execute();
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
