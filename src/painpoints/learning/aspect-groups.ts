/**
 * Aspect synonyms merged into groups (拉杆/把手/拉手 → one group) from how buyers talk about them:
 * two aspects are alike when the same opinion words surround them (快/慢 for 物流, 快递 and 发货;
 * 贵/便宜 for 价格 and 价钱). Vectors of opinion-word counts are weighted by positive PMI, compared by
 * cosine, and merged greedily while the merged clusters' centroids stay similar.
 */
export type ContextCounts = Map<string, Map<string, number>>;

/** Cosine above which two aspects are treated as one; tuned by eye on online_shopping + zhijiang groups. */
export const MERGE_SIMILARITY = 0.36;
/**
 * Context distribution smoothing (Levy, Goldberg & Dagan 2015): raising context counts to 0.75 stops rare
 * opinion words from dominating PMI, which otherwise makes every aspect look unique.
 */
const CONTEXT_SMOOTHING = 0.75;
/**
 * Added to the similarity of aspects that share a character: Chinese synonyms and near-synonyms often do
 * (价格/价钱, 包装/外包装, 拉杆/拉手), and it breaks ties between aspects that merely share generic praise.
 */
export const SHARED_CHARACTER_BONUS = 0.1;

type Vector = Map<string, number>;

function ppmiVectors(counts: ContextCounts): Map<string, Vector> {
  const contextTotals = new Map<string, number>();
  for (const contexts of counts.values()) {
    for (const [word, n] of contexts) contextTotals.set(word, (contextTotals.get(word) ?? 0) + n);
  }
  const smoothed = new Map([...contextTotals].map(([word, n]) => [word, n ** CONTEXT_SMOOTHING]));
  const smoothedTotal = [...smoothed.values()].reduce((a, b) => a + b, 0);
  const vectors = new Map<string, Vector>();
  for (const [aspect, contexts] of counts) {
    const aspectTotal = [...contexts.values()].reduce((a, b) => a + b, 0);
    const vector: Vector = new Map();
    for (const [word, n] of contexts) {
      const pmi = Math.log(((n / aspectTotal) * smoothedTotal) / smoothed.get(word)!);
      if (pmi > 0) vector.set(word, pmi);
    }
    vectors.set(aspect, normalise(vector));
  }
  return vectors;
}

function normalise(vector: Vector): Vector {
  const norm = Math.sqrt([...vector.values()].reduce((s, x) => s + x * x, 0)) || 1;
  return new Map([...vector].map(([k, x]) => [k, x / norm]));
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) dot += x * (large.get(k) ?? 0);
  return dot;
}

const sharesCharacter = (a: string, b: string) => [...a].some((ch) => b.includes(ch));

function addInto(target: Vector, source: Vector, weight: number): void {
  for (const [k, x] of source) target.set(k, (target.get(k) ?? 0) + x * weight);
}

export interface ClusterOptions {
  /**
   * Evidence beyond shared opinion words that two clusters may (true) or must not (false) merge. Corpus
   * groups need none; one merchant's few hundred reviews do, since there 快/慢 alone would join 送货 and 反应.
   */
  mayMerge?: (a: readonly string[], b: readonly string[]) => boolean;
}

/** aspect → group name, where the group is named after its most talked-about member. */
export function clusterAspects(counts: ContextCounts, options: ClusterOptions = {}): Record<string, string> {
  const vectors = ppmiVectors(counts);
  const aspects = [...vectors.keys()];
  const mentions = (a: string) => [...(counts.get(a)?.values() ?? [])].reduce((s, x) => s + x, 0);
  const candidates: { a: string; b: string; similarity: number }[] = [];
  for (let i = 0; i < aspects.length; i++) {
    for (let j = i + 1; j < aspects.length; j++) {
      const [a, b] = [aspects[i], aspects[j]];
      const similarity = cosine(vectors.get(a)!, vectors.get(b)!) + (sharesCharacter(a, b) ? SHARED_CHARACTER_BONUS : 0);
      if (similarity >= MERGE_SIMILARITY) candidates.push({ a, b, similarity });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity);

  const clusterOf = new Map(aspects.map((a) => [a, a]));
  const members = new Map(aspects.map((a) => [a, [a]]));
  const centroids = new Map(aspects.map((a) => [a, new Map(vectors.get(a)!)]));
  for (const { a, b } of candidates) {
    const [ca, cb] = [clusterOf.get(a)!, clusterOf.get(b)!];
    if (ca === cb) continue;
    const [ma, mb] = [members.get(ca)!, members.get(cb)!];
    const bonus = sharesCharacter(ca, cb) ? SHARED_CHARACTER_BONUS : 0;
    // Average linkage through centroids: a chain of pairwise-similar words must not drag in unrelated ones.
    if (cosine(normalise(centroids.get(ca)!), normalise(centroids.get(cb)!)) + bonus < MERGE_SIMILARITY) continue;
    if (options.mayMerge && !options.mayMerge(ma, mb)) continue;
    const merged = centroids.get(ca)!;
    addInto(merged, centroids.get(cb)!, 1);
    for (const m of mb) clusterOf.set(m, ca);
    for (const m of mb) ma.push(m);
    members.delete(cb);
    centroids.delete(cb);
  }

  const groups: Record<string, string> = {};
  for (const list of members.values()) {
    const name = list.reduce((best, m) => (mentions(m) > mentions(best) ? m : best), list[0]);
    for (const m of list) groups[m] = name;
  }
  return groups;
}
