import { extractManyAspectOpinions } from '../painpoints/tagger/extract.js';
import { merchantAspectGroupsFromCounts } from '../painpoints/report/merchant-aspect-groups.js';
import { committedAbsaModel } from '../painpoints/tagger/model-file.js';
import { addReviewCounts, complaintRows, dayOf, emptyCountDeltas, groupSetKey, type ReviewFacts } from '../painpoints/report/counts.js';
import { buildReportFromCounts, type PainPointSource } from '../painpoints/report/report-from-counts.js';
import { daysBefore, GROWTH_WINDOW_DAYS } from '../painpoints/report/growth.js';
import type { PainPointReport } from '../painpoints/report/report.js';
import { ownerScopeOf } from '../painpoints/report/scope.js';
import type { AspectOpinion } from '../painpoints/types.js';
import type { PainPointCellFilter } from '../domain/painpoint-counts.js';
import {
  claimPendingReviews,
  countReviewsToExtract,
  listReviewsToExtract,
  listStoredExtractions,
  markOtherVersionsPending,
  replaceExtractions,
  type PainPointScope,
} from '../store/painpoints.js';
import {
  addPainPointCounts,
  listComplaintCells,
  listDayComplaintCells,
  listEvidenceCandidates,
  type EvidenceRequest,
  listGroupingCounts,
  listMentionCells,
  listMonthComplaintCells,
  listPhrasingCounts,
  listReportProducts,
  painPointCountsVersion,
  readLearnedGroups,
  saveLearnedGroups,
} from '../store/painpoint-counts.js';
import { listPostCells, listPostsToExtract, markOtherPostVersionsPending, savePostCounts } from '../store/painpoint-posts.js';
import { dataVersion } from '../store/data-version.js';
import type { Store } from '../store/store.js';
import { VersionedCache } from './versioned-cache.js';
import { countExtractedReviews } from './trend-counts.js';

/** Pain-point use cases: extract what new reviews say and count it, then rank the merchant's pain points from the counts. */

/**
 * Reviews extracted per transaction: big enough to amortise the commit and each batch's upsert of the
 * shop-wide totals, small enough to keep memory flat (two are in hand: one being stored, the next being read).
 */
const EXTRACTION_BATCH = 5000;

type PendingReview = Awaited<ReturnType<typeof listReviewsToExtract>>[number];

/**
 * Stores one batch's triples and its counts in one transaction: only the reviews still pending are taken
 * (another request may have extracted them meanwhile), and a review extracted before by another model
 * has its old counts taken away as the new ones are added.
 */
async function saveBatch(store: Store, merchantId: string, modelVersion: string, batch: PendingReview[], opinions: AspectOpinion[][]) {
  await store.transaction(async (tx) => {
    const claimed = await claimPendingReviews(tx, merchantId, batch.map((r) => r.id));
    const taken = batch.flatMap((r, i) => (claimed.has(r.id) ? [{ review: r, opinions: opinions[i] }] : []));
    const ids = taken.map(({ review }) => review.id);
    const before = await listStoredExtractions(tx, merchantId, ids);
    const deltas = emptyCountDeltas();
    const complaints = [];
    for (const { review, opinions: now } of taken) {
      const facts: ReviewFacts = {
        id: review.id, productId: review.product_id, platform: review.platform, rating: review.rating,
        reviewedAt: review.reviewed_at, textLength: review.text.length,
      };
      const old = before.get(review.id);
      if (old) addReviewCounts(deltas, facts, old, -1);
      addReviewCounts(deltas, facts, now, 1);
      for (const row of complaintRows(facts, now)) complaints.push(row);
    }
    await replaceExtractions(tx, merchantId, modelVersion, taken.map(({ review, opinions: now }) => ({ reviewId: review.id, opinions: now })), new Date().toISOString());
    await addPainPointCounts(tx, merchantId, deltas, [...before.keys()], complaints);
    await countExtractedReviews(tx, merchantId, taken, before);
  });
}

/** Reads a batch of review texts: in-process (extractManyAspectOpinions) or on threads (extraction-pool.ts). */
export type ExtractMany = (texts: readonly string[]) => AspectOpinion[][] | Promise<AspectOpinion[][]>;

/** A batch read from the store, its extraction under way. */
interface BatchAhead {
  batch: PendingReview[];
  opinions: Promise<AspectOpinion[][]>;
}

/**
 * Extracts every review waiting for the current model (new ones, and those an older model extracted),
 * storing triples and counts batch by batch, so ranking afterwards reads stored counts: a new batch of
 * reviews costs only its own extraction. Each next batch is read and handed to `extract` before the one
 * before is stored, so with an extractor on other threads reading and writing overlap. Returns how many ran.
 */
export async function extractNewReviews(
  store: Store,
  merchantId: string,
  /** Offline by default; an LLM-assisted reader (model-reading.ts) answers asynchronously. */
  extract: ExtractMany = extractManyAspectOpinions,
  modelVersion: string = committedAbsaModel().version,
  limit = Number.POSITIVE_INFINITY,
  /** Told the running total after each committed batch, for a progress bar. */
  onBatch?: (done: number) => void,
): Promise<number> {
  await markOtherVersionsPending(store, merchantId, modelVersion);
  let read = 0;
  const readAhead = async (after?: PendingReview): Promise<BatchAhead> => {
    const batch = read < limit ? await listReviewsToExtract(store, merchantId, Math.min(EXTRACTION_BATCH, limit - read), after) : [];
    read += batch.length;
    const opinions = batch.length === 0 ? Promise.resolve([]) : Promise.resolve().then(() => extract(batch.map((r) => r.text)));
    // Awaited once its batch's turn comes; until then a failure must not count as unhandled.
    opinions.catch(() => undefined);
    return { batch, opinions };
  };
  let done = 0;
  let ahead = await readAhead();
  while (ahead.batch.length > 0) {
    const { batch } = ahead;
    const opinions = await ahead.opinions;
    ahead = await readAhead(batch[batch.length - 1]);
    await saveBatch(store, merchantId, modelVersion, batch, opinions);
    done += batch.length;
    onBatch?.(done);
    // At the end of the range, once more from its start: reviews imported meanwhile may date from before the cursor.
    if (ahead.batch.length === 0) ahead = await readAhead();
  }
  // Learned here, in the background work after an import, so the next page finds them stored.
  if (done > 0) await merchantGroupsFor(store, merchantId);
  return done;
}

/**
 * Reads the social posts waiting for the current model with the same tagger and counts the groups each
 * complains about, batch by batch (posts are few beside reviews). Returns how many ran.
 */
export async function extractNewPosts(
  store: Store,
  merchantId: string,
  extract: (texts: readonly string[]) => AspectOpinion[][] = extractManyAspectOpinions,
  modelVersion: string = committedAbsaModel().version,
  limit = Number.POSITIVE_INFINITY,
): Promise<number> {
  await markOtherPostVersionsPending(store, merchantId, modelVersion);
  let done = 0;
  while (done < limit) {
    const batch = await listPostsToExtract(store, merchantId, Math.min(EXTRACTION_BATCH, limit - done));
    if (batch.length === 0) break;
    const opinions = extract(batch.map((p) => p.text));
    const read = batch.map((post, i) => ({
      id: post.id, day: dayOf(post.posted_at), before: post.complaints,
      after: groupSetKey(opinions[i].filter((o) => o.polarity === 'negative').map((o) => o.aspectGroup)),
    }));
    await store.transaction((tx) => savePostCounts(tx, merchantId, modelVersion, read));
    done += batch.length;
  }
  return done;
}

export type PainPointReportWithProgress = PainPointReport & {
  /** Reviews extracted to answer this request. */
  extractedNow: number;
  /** Reviews left for later requests when `maxExtract` was reached; not yet in the figures. */
  pendingReviews: number;
};

/** Each merchant's learned groups per open store, with the counts version they were learned from. */
const learnedGroups = new WeakMap<Store, Map<string, { version: number; groups: Record<string, string> }>>();

/**
 * The merchant's own aspect groups (see merchant-aspect-groups.ts), learned from the whole shop's stored
 * opinion counts, again only when a batch changed them; stored with that version (910), so another
 * process or a restart reads them instead of learning them again.
 */
export async function merchantGroupsFor(store: Store, merchantId: string): Promise<Record<string, string>> {
  let byMerchant = learnedGroups.get(store);
  if (!byMerchant) learnedGroups.set(store, (byMerchant = new Map()));
  // Read before the counts, so groups are never filed under a version newer than the data they came from.
  const version = await painPointCountsVersion(store, merchantId);
  const remembered = byMerchant.get(merchantId);
  if (remembered?.version === version) return remembered.groups;
  const stored = await readLearnedGroups(store, merchantId);
  const learned = stored?.version === version ? stored : { version, groups: merchantAspectGroupsFromCounts(await listGroupingCounts(store, merchantId)) };
  if (learned !== stored) await saveLearnedGroups(store, merchantId, version, learned.groups);
  byMerchant.set(merchantId, learned);
  return learned.groups;
}

/**
 * Calls made together (in one turn of the event loop: the report asks for every quote of a list at once)
 * answered by one call of `many`: one statement instead of hundreds of round trips.
 */
function batched<A extends unknown[], R, Q>(many: (requests: Q[]) => Promise<R[]>, request: (...args: A) => Q): (...args: A) => Promise<R> {
  let waiting: { request: Q; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  return (...args) =>
    new Promise<R>((resolve, reject) => {
      if (waiting.length === 0) {
        setImmediate(() => {
          const taken = waiting;
          waiting = [];
          many(taken.map((w) => w.request)).then(
            (answers) => taken.forEach((w, i) => w.resolve(answers[i])),
            (error) => taken.forEach((w) => w.reject(error)),
          );
        });
      }
      // bounded-arguments: the arguments of one call of the batched function (five).
      waiting.push({ request: request(...args), resolve, reject });
    });
}

/** Reviews in both lists of products (either alone when the other is not given). */
function withinBoth(a?: readonly string[], b?: readonly string[]): readonly string[] | undefined {
  if (!a || !b) return a ?? b;
  const inB = new Set(b);
  return a.filter((key) => inB.has(key));
}

/** Reports per scope, kept while the counts and the products they were computed from are unchanged. */
const reports = new VersionedCache<PainPointReport>(64);

/**
 * The pain-point report for a scope, after bringing stored extractions up to date — at most `maxExtract`
 * of them, so a request after a huge import answers quickly and the rest follows on later requests.
 * Computed from stored counts (`reportFromCounts`) once per data version: every saved batch moves the
 * counts version and imports only add products, so until either moves a page asked for again reads two
 * counts, not the cells of a million reviews.
 */
export async function painPointReportFor(
  store: Store,
  merchantId: string,
  scope: PainPointScope,
  maxExtract = Number.POSITIVE_INFINITY,
): Promise<PainPointReportWithProgress> {
  const extractedNow = await extractNewReviews(store, merchantId, extractManyAspectOpinions, committedAbsaModel().version, maxExtract);
  await extractNewPosts(store, merchantId, extractManyAspectOpinions, committedAbsaModel().version, maxExtract);
  const pendingReviews = Number.isFinite(maxExtract) ? await countReviewsToExtract(store, merchantId) : 0;
  // Read before the counts, so a report is never filed under a version newer than the data it came from.
  // Posts are counted apart from the reviews' batches, so their row count joins the version.
  const version = `${await painPointCountsVersion(store, merchantId)}|${await dataVersion(store, merchantId, ['product', 'social_post'])}`;
  const key = JSON.stringify([merchantId, scope.productId, scope.category, scope.platform, scope.since, scope.owner]);
  const report = await reports.get(store, key, version, () => reportFromCounts(store, merchantId, scope));
  return { ...report, extractedNow, pendingReviews };
}

/**
 * The report from stored counts (report-from-counts.ts); aspect groups are the merchant's own, learned
 * from the whole shop so a product's page groups its complaints the way the whole-shop page does.
 */
async function reportFromCounts(store: Store, merchantId: string, scope: PainPointScope): Promise<PainPointReport> {
  const groups = await merchantGroupsFor(store, merchantId);
  const products = await listReportProducts(store, merchantId);
  const base: PainPointCellFilter = {
    productKeys: scope.productId ? [scope.productId] : scope.category ? products.filter((p) => p.category === scope.category).map((p) => p.id) : undefined,
    platform: scope.platform,
    sinceDay: scope.since?.slice(0, 10),
  };
  const within = (source: PainPointSource): PainPointCellFilter => ({
    ...base,
    productKeys: withinBoth(base.productKeys, source.productKeys),
    excludeProductKeys: source.excludeProductKeys,
    platform: source.platform ?? base.platform,
  });
  const cells = await listComplaintCells(store, merchantId, base);
  // Growth compares each list's last 30 days with the 30 before; a list ends no earlier than any of its
  // (product, platform) pairs, so each pair's own last 60 days hold every day any list needs of it.
  const lastDays = new Map<string, string>();
  for (const cell of cells) {
    const pair = `${cell.productKey}\u0000${cell.platform}`;
    if (cell.lastDay > (lastDays.get(pair) ?? '')) lastDays.set(pair, cell.lastDay);
  }
  const windowStart = (lastDay: string) => daysBefore(lastDay, 2 * GROWTH_WINDOW_DAYS);
  let earliest: string | undefined;
  for (const lastDay of lastDays.values()) if (earliest === undefined || windowStart(lastDay) < earliest) earliest = windowStart(lastDay);
  const days =
    earliest === undefined
      ? []
      : (await listDayComplaintCells(store, merchantId, base, earliest)).filter(
          (day) => day.day > windowStart(lastDays.get(`${day.productKey}\u0000${day.platform}`)!),
        );
  const owner = ownerScopeOf(scope);
  return buildReportFromCounts(
    {
      products, owner, cells, days, mentions: await listMentionCells(store, merchantId, base), groups,
      // Posts name no product or platform: they count beside the whole shop's reviews only.
      posts: base.productKeys || base.platform ? [] : await listPostCells(store, merchantId, base.sinceDay),
    },
    {
      months: (source) => listMonthComplaintCells(store, merchantId, within(source)),
      phrasings: (source, groupList) => listPhrasingCounts(store, merchantId, within(source), groupList),
      evidence: batched((requests: EvidenceRequest[]) => listEvidenceCandidates(store, merchantId, requests), (source, groupList, says, offset, limit) => ({
        filter: within(source), groups: groupList, says, offset, limit,
      })),
    },
  );
}
