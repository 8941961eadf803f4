/**
 * Social posts (小红书, B站 notes) as evidence beside reviews (issue 15): a card says how many of each said
 * it ("评价 120 条 · 笔记 8 篇"). Posts name no product, so they count only for the whole shop, and only
 * as evidence: they do not move a pain point's rank, which is about the merchant's own buyers.
 */

/** Posts that complain about the same set of groups (one post is a cell of one). */
export interface PostCell {
  groups: ReadonlySet<string>;
  posts: number;
}

/** Where a card's evidence comes from. */
export interface EvidenceSources {
  reviews: number;
  posts: number;
}

export function sourcesOf(reviews: number, posts: readonly PostCell[], group: string): EvidenceSources {
  let n = 0;
  for (const cell of posts) if (cell.groups.has(group)) n += cell.posts;
  return { reviews, posts: n };
}
