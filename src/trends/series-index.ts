/**
 * Interns (kind, key) pairs into dense series ids so the radar's per-series state lives in arrays
 * indexed by id rather than in maps keyed by strings.
 */
import type { SeriesKind } from '../domain/trends.js';

export class SeriesIndex {
  // One dictionary per kind, so a lookup needs no joined string. Null-prototype objects rather than
  // Maps: V8 looks string keys up in them about twice as fast, which is most of the cost of an event.
  private readonly ids: Partial<Record<SeriesKind, Record<string, number>>> = {};
  readonly kinds: SeriesKind[] = [];
  readonly keys: string[] = [];

  get size(): number {
    return this.keys.length;
  }

  idOf(kind: SeriesKind, key: string): number {
    const ofKind = (this.ids[kind] ??= Object.create(null) as Record<string, number>);
    let id = ofKind[key];
    if (id === undefined) {
      id = this.keys.length;
      ofKind[key] = id;
      this.kinds.push(kind);
      this.keys.push(key);
    }
    return id;
  }

  find(kind: SeriesKind, key: string): number | undefined {
    return this.ids[kind]?.[key];
  }
}
