import { extractManyAspectOpinions } from '../painpoints/tagger/extract.js';
import { merchantAspectGroups, regroupReviews } from '../painpoints/report/merchant-aspect-groups.js';
import { committedAbsaModel } from '../painpoints/tagger/model-file.js';
import { buildPainPointReport, type PainPointReport } from '../painpoints/report/report.js';
import type { AspectOpinion } from '../painpoints/types.js';
import type { GroupingReview } from '../domain/review-opinions.js';
import {
  countReviewsToExtract,
  extractionState,
  listGroupingReviews,
  listReviewMentions,
  listReviewsToExtract,
  saveExtractions,
  type ExtractionCursor,
  type PainPointScope,
} from '../store/painpoints.js';
import type { Store } from '../store/store.js';

/** Pain-point use cases: extract what new reviews say, then rank the merchant's pain points. */

/** Reviews extracted per transaction: big enough to amortise the commit, small enough to keep memory flat. */
const EXTRACTION_BATCH = 2000;

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
  /** Told the running total after each committed batch, for a progress bar. */
  onBatch?: (done: number) => void,
): Promise<number> {
  let done = 0;
  let cursor: ExtractionCursor | undefined;
  for (;;) {
    const batch = await listReviewsToExtract(store, merchantId, modelVersion, Math.min(EXTRACTION_BATCH, limit - done), cursor);
    if (batch.length === 0) return done;
    const last = batch[batch.length - 1];
    cursor = { reviewedAt: last.reviewed_at, id: last.id };
    const opinions = extract(batch.map((r) => r.text));
    const extracted = batch.map((r, i) => ({ reviewId: r.id, opinions: opinions[i] }));
    await saveExtractions(store, merchantId, modelVersion, extracted, new Date().toISOString());
    done += batch.length;
    onBatch?.(done);
  }
}

export type PainPointReportWithProgress = PainPointReport & {
  /** Reviews extracted to answer this request. */
  extractedNow: number;
  /** Reviews left for later requests when `maxExtract` was reached; not yet in the figures. */
  pendingReviews: number;
};

/** Each merchant's learned groups per open store, with the extraction state they were learned from. */
const learnedGroups = new WeakMap<Store, Map<string, { state: string; groups: Record<string, string> }>>();

/**
 * The merchant's own aspect groups (see merchant-aspect-groups.ts), learned again only when extractions
 * changed. Learning reads the whole shop's triples; a scoped report no longer reads every review for it.
 */
async function merchantGroupsFor(
  store: Store,
  merchantId: string,
  state: string,
  wholeShop?: readonly GroupingReview[],
): Promise<Record<string, string>> {
  let byMerchant = learnedGroups.get(store);
  if (!byMerchant) learnedGroups.set(store, (byMerchant = new Map()));
  const learned = byMerchant.get(merchantId);
  if (learned?.state === state) return learned.groups;
  const groups = merchantAspectGroups(wholeShop ?? (await listGroupingReviews(store, merchantId)));
  byMerchant.set(merchantId, { state, groups });
  return groups;
}

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
  // Read before the reviews, so groups are never filed under a state newer than the data they came from.
  const state = await extractionState(store, merchantId);
  const inScope = await listReviewMentions(store, merchantId, scope);
  const groups = await merchantGroupsFor(store, merchantId, state, isWholeShop(scope) ? inScope : undefined);
  return { ...buildPainPointReport(regroupReviews(inScope, groups)), extractedNow, pendingReviews };
}
