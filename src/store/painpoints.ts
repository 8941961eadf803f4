import { extractManyAspectOpinions } from '../painpoints/tagger/extract.js';
import { merchantAspectGroups, regroupReviews } from '../painpoints/report/merchant-aspect-groups.js';
import { committedAbsaModel } from '../painpoints/tagger/model-file.js';
import { buildPainPointReport, type PainPointReport } from '../painpoints/report/report.js';
import type { ReviewMentions } from '../painpoints/report/review-mentions.js';
import type { AspectOpinion } from '../painpoints/types.js';
import type { Store } from './store.js';

/** Reviews extracted per transaction: big enough to amortise the commit, small enough to keep memory flat. */
const EXTRACTION_BATCH = 2000;

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

/**
 * Extracts every review not yet extracted by the current model and stores the triples, so ranking
 * afterwards reads stored rows: a new batch of reviews costs only its own extraction. Returns how many ran.
 */
export async function extractNewReviews(
  store: Store,
  merchantId: string,
  extract: (texts: readonly string[]) => AspectOpinion[][] = extractManyAspectOpinions,
  modelVersion: string = committedAbsaModel().version,
  limit = Number.POSITIVE_INFINITY,
): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await listReviewsToExtract(store, merchantId, modelVersion, Math.min(EXTRACTION_BATCH, limit - done));
    if (batch.length === 0) return done;
    const opinions = extract(batch.map((r) => r.text));
    const extracted = batch.map((r, i) => ({ reviewId: r.id, opinions: opinions[i] }));
    await saveExtractions(store, merchantId, modelVersion, extracted, new Date().toISOString());
    done += batch.length;
  }
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

export type PainPointReportWithProgress = PainPointReport & {
  /** Reviews extracted to answer this request. */
  extractedNow: number;
  /** Reviews left for later requests when `maxExtract` was reached; not yet in the figures. */
  pendingReviews: number;
};

const isWholeShop = (scope: PainPointScope) => !scope.productId && !scope.category && !scope.platform && !scope.since;

/**
 * The pain-point report for a scope, after bringing stored extractions up to date — at most `maxExtract`
 * of them, so a request after a huge import answers quickly and the rest follows on later requests.
 * Aspect groups are the merchant's own (拉杆/把手/拉手 merged when their buyers use them so), learned from
 * all their reviews so a product's page groups its complaints the way the whole-shop page does.
 */
export async function painPointReportFor(
  store: Store,
  merchantId: string,
  scope: PainPointScope,
  maxExtract = Number.POSITIVE_INFINITY,
): Promise<PainPointReportWithProgress> {
  const version = committedAbsaModel().version;
  const extractedNow = await extractNewReviews(store, merchantId, extractManyAspectOpinions, version, maxExtract);
  const pendingReviews = Number.isFinite(maxExtract) ? await countReviewsToExtract(store, merchantId, version) : 0;
  const inScope = await listReviewMentions(store, merchantId, scope);
  const wholeShop = isWholeShop(scope) ? inScope : await listReviewMentions(store, merchantId, {});
  return { ...buildPainPointReport(regroupReviews(inScope, merchantAspectGroups(wholeShop))), extractedNow, pendingReviews };
}
