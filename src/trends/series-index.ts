/**
 * Interns (kind, key) pairs into dense series ids so the radar's per-series state lives in arrays
 * indexed by id rather than in maps keyed by strings.
 */
import { DailySeries } from './daily-series.js';
import type { SeriesKind } from './types.js';

// Kinds and keys never contain a NUL, so joining on it cannot make two pairs collide.
const SEPARATOR = '\u0000';

export class SeriesIndex {
  private readonly ids = new Map<string, number>();
  readonly kinds: SeriesKind[] = [];
  readonly keys: string[] = [];
  readonly series: DailySeries[] = [];

  get size(): number {
    return this.series.length;
  }

  idOf(kind: SeriesKind, key: string): number {
    const joined = kind + SEPARATOR + key;
    let id = this.ids.get(joined);
    if (id === undefined) {
      id = this.series.length;
      this.ids.set(joined, id);
      this.kinds.push(kind);
      this.keys.push(key);
      this.series.push(new DailySeries());
    }
    return id;
  }

  find(kind: SeriesKind, key: string): number | undefined {
    return this.ids.get(kind + SEPARATOR + key);
  }
}
