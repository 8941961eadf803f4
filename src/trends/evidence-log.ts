/**
 * The few newest reviews/posts behind each series, so drill-down can show what customers actually
 * said without the radar holding every event.
 */
import type { DayNumber } from '../domain/trends.js';

// Enough quotes to judge a signal on a phone screen; more belongs to the reviews page.
export const EVIDENCE_PER_SERIES = 5;

interface EvidenceEntry {
  id: string;
  day: DayNumber;
}

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
    for (let i = 1; i < entries.length; i++) if (entries[i].day < entries[oldest].day) oldest = i;
    if (day > entries[oldest].day) entries[oldest] = { id, day };
  }

  /** Newest first. */
  of(seriesId: number): string[] {
    const entries = this.bySeries.get(seriesId) ?? [];
    return [...entries].sort((a, b) => b.day - a.day).map((entry) => entry.id);
  }
}
