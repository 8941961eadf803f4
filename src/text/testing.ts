/** Every n-th review, so small tests still span all ten categories. */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  const stride = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % stride === 0).slice(0, count);
}
