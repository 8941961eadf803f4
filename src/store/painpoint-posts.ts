import { sql } from 'kysely';
import { addCounts } from './painpoint-counts.js';
import type { Store } from './store.js';

/**
 * Social posts as pain-point evidence (951_painpoint_posts): posts waiting for the current model, and
 * notes counted per (day, set of complained committed groups), summed by the report with GROUP BY.
 */

/** Posts the current model has not read, oldest first: a range scan of the partial index over pending posts. */
export async function listPostsToExtract(store: Store, merchantId: string, limit: number) {
  return store.db
    .selectFrom('social_post')
    .select(['id', 'text', 'posted_at', 'complaints'])
    .where('merchant_id', '=', merchantId)
    .where(sql<boolean>`extraction_pending = 1`)
    .orderBy('posted_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Posts another model read wait for this one again (their counts stay until it has). */
export async function markOtherPostVersionsPending(store: Store, merchantId: string, modelVersion: string): Promise<void> {
  await store.db
    .updateTable('social_post')
    .set({ extraction_pending: 1 })
    .where('merchant_id', '=', merchantId)
    .where('extraction_version', '<>', modelVersion)
    .where('extraction_pending', '=', 0)
    .execute();
}

export interface ReadPost {
  id: string;
  day: string;
  /** The set counted before (null: never counted) and the set the model found now (groupSetKey). */
  before: string | null;
  after: string;
}

/**
 * Counts the posts still pending among `posts` (inside the caller's transaction): each moves from its
 * old set to its new one, and remembers the new set and the model.
 */
export async function savePostCounts(tx: Store, merchantId: string, modelVersion: string, posts: readonly ReadPost[]): Promise<void> {
  if (posts.length === 0) return;
  const claimed = await tx.db
    .updateTable('social_post')
    .set({ extraction_pending: 0, extraction_version: modelVersion })
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', posts.map((p) => p.id))
    .where('extraction_pending', '=', 1)
    .returning('id')
    .execute();
  const taken = new Set(claimed.map((r) => r.id));
  const bySet = new Map<string, string[]>();
  const deltas = new Map<string, { day: string; complaints: string; posts: number }>();
  const add = (day: string, complaints: string, posts: number) => {
    const key = `${day}\u0000${complaints}`;
    const row = deltas.get(key) ?? { day, complaints, posts: 0 };
    row.posts += posts;
    deltas.set(key, row);
  };
  for (const post of posts) {
    if (!taken.has(post.id)) continue;
    const ids = bySet.get(post.after) ?? [];
    ids.push(post.id);
    bySet.set(post.after, ids);
    if (post.before !== null) add(post.day, post.before, -1);
    add(post.day, post.after, 1);
  }
  // A few distinct sets per batch: one update each.
  for (const [complaints, ids] of bySet) {
    await tx.db.updateTable('social_post').set({ complaints }).where('merchant_id', '=', merchantId).where('id', 'in', ids).execute();
  }
  await addCounts(tx, 'painpoint_post_count', merchantId, ['day', 'complaints'], ['posts'], deltas.values());
}

/** Posts per set of complained committed groups, on `sinceDay` or after. */
export async function listPostCells(store: Store, merchantId: string, sinceDay?: string): Promise<{ complaints: string; posts: number }[]> {
  let query = store.db
    .selectFrom('painpoint_post_count')
    .select('complaints')
    .select((eb) => eb.fn.sum<number>('posts').as('posts'))
    .where('merchant_id', '=', merchantId)
    .where('posts', '>', 0);
  if (sinceDay !== undefined) query = query.where('day', '>=', sinceDay);
  const rows = await query.groupBy('complaints').execute();
  return rows.map((r) => ({ complaints: r.complaints, posts: Number(r.posts) }));
}

/** Each counted post's set of complained groups (the in-memory reference of `listPostCells`). */
export async function listPostComplaints(store: Store, merchantId: string, sinceDay?: string) {
  let query = store.db
    .selectFrom('social_post')
    .select(['id', 'posted_at', 'complaints'])
    .where('merchant_id', '=', merchantId)
    .where('complaints', 'is not', null);
  if (sinceDay !== undefined) query = query.where('posted_at', '>=', sinceDay);
  return query.execute();
}
