/**
 * The few newest reviews/posts behind each series, so drill-down can show what customers actually
 * said without the radar holding every event. Same-day items are ordered by id, so the quotes kept
 * do not depend on the order rows were imported in (five batches keep what one import keeps).
 */
import type { DayNumber, TrendEvidenceEntry } from '../domain/trends.js';

// Enough quotes to judge a signal on a phone screen; more belongs to the reviews page.
export const EVIDENCE_PER_SERIES = 5;

type EvidenceEntry = TrendEvidenceEntry;

/** Newer first; on the same day, the larger id first. */
export const newerFirst = (a: EvidenceEntry, b: EvidenceEntry) => b.day - a.day || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export class EvidenceLog {
  private readonly bySeries = new Map<number, EvidenceEntry[]>();

  add(seriesId: number, id: string, day: DayNumber): void {
    let entries = this.bySeries.get(seriesId);
    if (!entries) this.bySeries.set(seriesId, (entries = []));
    if (entries.some((entry) => entry.id === id)) return;
    if (entries.length < EVIDENCE_PER_SERIES) {
      entries.push({ id, day });
      return;
    }
    let oldest = 0;
    for (let i = 1; i < entries.length; i++) if (newerFirst(entries[i], entries[oldest]) > 0) oldest = i;
    const entry = { id, day };
    if (newerFirst(entry, entries[oldest]) < 0) entries[oldest] = entry;
  }

  /** Newest first. */
  of(seriesId: number): string[] {
    const entries = this.bySeries.get(seriesId) ?? [];
    return [...entries].sort(newerFirst).map((entry) => entry.id);
  }
}

/** The newest EVIDENCE_PER_SERIES of `entries` (an id listed twice counts once), newest first: what an EvidenceLog fed them keeps. */
export function newestEvidence(entries: Iterable<EvidenceEntry>): EvidenceEntry[] {
  const byId = new Map<string, EvidenceEntry>();
  for (const entry of entries) byId.set(entry.id, entry);
  return [...byId.values()].sort(newerFirst).slice(0, EVIDENCE_PER_SERIES);
}
