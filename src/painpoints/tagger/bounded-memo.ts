/** Distinct keys remembered before starting over, so a long-running server's memory stays bounded. */
export const MEMO_LIMIT = 100_000;

/**
 * A pure function of a string, remembered for the keys seen lately: reviews repeat the same short
 * aspects and opinions (物流, 很好, 不错) endlessly, so most calls become one Map lookup.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = MEMO_LIMIT): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      memo.set(key, (value = compute(key)));
    }
    return value;
  };
}
