/**
 * Keeping the trend radar's stored counts (930_trend_counts) up to date: an extraction batch adds its
 * reviews in its own transaction (the one call in painpoints.ts), and posts are counted in batches before
 * the radar is read. Each series' newest evidence is merged with what is stored.
 */
import type { AspectOpinion } from '../domain/review-opinions.js';
import { mergeEvidence, TrendCountBatch } from '../trends/day-counts.js';
import type { Store } from '../store/store.js';
import { addTrendCounts, claimPostsToCount, listPostsToCount, listProductListings, listSeriesFacts } from '../store/trend-counts.js';

/** Posts counted per transaction. */
const POST_BATCH = 2000;

interface ExtractedReview {
  review: { id: string; text: string; reviewed_at: string; product_id: string | null; platform: string };
  opinions: AspectOpinion[];
}

/**
 * Counts an extraction batch (inside its transaction): a review seen for the first time adds everything it
 * says; one extracted before by another model only swaps its sets of aspect groups (`before` holds its old triples).
 */
export async function countExtractedReviews(tx: Store, merchantId: string, taken: readonly ExtractedReview[], before: ReadonlyMap<string, AspectOpinion[]>): Promise<void> {
  if (taken.length === 0) return;
  const productIds = [...new Set(taken.flatMap(({ review }) => (review.product_id ? [review.product_id] : [])))];
  const listings = await listProductListings(tx, merchantId, productIds);
  const batch = new TrendCountBatch();
  for (const { review, opinions } of taken) {
    const old = before.get(review.id);
    if (old) {
      batch.replaceOpinions({ id: review.id, reviewedAt: review.reviewed_at }, old, opinions);
      continue;
    }
    const listing = review.product_id ? listings.get(review.product_id) : undefined;
    batch.addReview(
      {
        id: review.id, text: review.text, reviewedAt: review.reviewed_at, productId: review.product_id,
        productName: listing?.name ?? null, category: listing?.category ?? null, platform: review.platform,
      },
      opinions,
    );
  }
  await saveCounts(tx, merchantId, batch);
}

/** Counts the posts imported since the last call, batch by batch; returns how many. */
export async function countNewPosts(store: Store, merchantId: string): Promise<number> {
  let counted = 0;
  for (;;) {
    const posts = await listPostsToCount(store, merchantId, POST_BATCH);
    if (posts.length === 0) return counted;
    await store.transaction(async (tx) => {
      // Another request may have counted some meanwhile: only those still waiting are taken.
      const claimed = await claimPostsToCount(tx, merchantId, posts.map((p) => p.id));
      const batch = new TrendCountBatch();
      for (const post of posts) {
        if (claimed.has(post.id)) batch.addPost({ ...post, postedAt: post.posted_at });
      }
      await saveCounts(tx, merchantId, batch);
      counted += claimed.size;
    });
  }
}

async function saveCounts(tx: Store, merchantId: string, batch: TrendCountBatch): Promise<void> {
  const deltas = batch.deltas();
  const stored = await listSeriesFacts(tx, merchantId, deltas.series, true);
  const series = deltas.series.map((added) => {
    const known = stored.get(`${added.kind}\u0000${added.key}`);
    return known ? { ...added, firstDay: Math.min(known.firstDay, added.firstDay), evidence: mergeEvidence(known.evidence, added.evidence) } : added;
  });
  await addTrendCounts(tx, merchantId, deltas, series);
}
