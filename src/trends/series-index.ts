/**
 * Interns (kind, key) pairs into dense series ids so the radar's per-series state lives in arrays
 * indexed by id rather than in maps keyed by strings.
 */
import type { SeriesKind } from './types.js';

export class SeriesIndex {
  // One map per kind: looking up a key needs no joined string, which matters at millions of events.
  private readonly ids = new Map<SeriesKind, Map<string, number>>();
  readonly kinds: SeriesKind[] = [];
  readonly keys: string[] = [];

  get size(): number {
    return this.keys.length;
  }

  idOf(kind: SeriesKind, key: string): number {
    let ofKind = this.ids.get(kind);
    if (!ofKind) this.ids.set(kind, (ofKind = new Map()));
    let id = ofKind.get(key);
    if (id === undefined) {
      id = this.keys.length;
      ofKind.set(key, id);
      this.kinds.push(kind);
      this.keys.push(key);
    }
    return id;
  }

  find(kind: SeriesKind, key: string): number | undefined {
    return this.ids.get(kind)?.get(key);
  }
}
