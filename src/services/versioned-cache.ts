import type { Store } from '../store/store.js';

/**
 * Reports kept per open store and reused while the data they were computed from is unchanged (its
 * `dataVersion`), so a page asked for again reads a fingerprint, not every order or review. The
 * answer is kept as a promise: requests arriving while it is computed (the home page asks several at
 * once) share one computation. A failed computation is forgotten, so the next request tries again.
 */
export class VersionedCache<T> {
  private readonly byStore = new WeakMap<Store, Map<string, { version: string; value: Promise<T> }>>();

  /** `size`: entries kept per store; the least recently used goes first. */
  constructor(private readonly size: number) {}

  get(store: Store, key: string, version: string, compute: () => Promise<T>): Promise<T> {
    let entries = this.byStore.get(store);
    if (!entries) this.byStore.set(store, (entries = new Map()));
    const found = entries.get(key);
    entries.delete(key);
    // Re-inserting keeps the map in least-recently-used order.
    if (found?.version === version) {
      entries.set(key, found);
      return found.value;
    }
    const entry = { version, value: compute() };
    entries.set(key, entry);
    entry.value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    if (entries.size > this.size) entries.delete(entries.keys().next().value!);
    return entry.value;
  }
}
