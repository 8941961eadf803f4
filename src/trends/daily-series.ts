/**
 * One series' weight per day, in a growable typed array covering the days it has seen. This is the
 * radar's compact state: adding an event is an array write, and any window can be summed from it.
 */
import type { DayNumber } from './types.js';

// Room reserved beyond the days seen so far, so appending day after day does not reallocate each time.
const INITIAL_CAPACITY_DAYS = 16;

export class DailySeries {
  private start: DayNumber = 0;
  private values = new Float64Array(0);
  firstDay: DayNumber = Infinity;
  lastDay: DayNumber = -Infinity;
  total = 0;

  add(day: DayNumber, weight: number): void {
    if (day < this.start || day >= this.start + this.values.length) this.grow(day);
    this.values[day - this.start] += weight;
    this.total += weight;
    if (day < this.firstDay) this.firstDay = day;
    if (day > this.lastDay) this.lastDay = day;
  }

  /** Sum over days [from, to], both inclusive. */
  sum(from: DayNumber, to: DayNumber): number {
    const lo = Math.max(from, this.start) - this.start;
    const hi = Math.min(to, this.start + this.values.length - 1) - this.start;
    let sum = 0;
    for (let i = lo; i <= hi; i++) sum += this.values[i];
    return sum;
  }

  /**
   * Sums `count` consecutive buckets of `bucketDays` starting at `fromDay` into `into`. One pass over
   * the days instead of one `sum` call per bucket: this is the radar's hot loop.
   */
  bucketSums(fromDay: DayNumber, bucketDays: number, count: number, into: Float64Array): void {
    into.fill(0, 0, count);
    const lo = Math.max(fromDay, this.start);
    const hi = Math.min(fromDay + bucketDays * count - 1, this.start + this.values.length - 1);
    for (let day = lo; day <= hi; day++) into[((day - fromDay) / bucketDays) | 0] += this.values[day - this.start];
  }

  private grow(day: DayNumber): void {
    if (this.values.length === 0) {
      this.start = day;
      this.values = new Float64Array(INITIAL_CAPACITY_DAYS);
      return;
    }
    const end = this.start + this.values.length;
    // Doubling the span keeps the amortised cost of out-of-order days constant.
    const span = this.values.length * 2;
    const newStart = day < this.start ? Math.min(day, end - span) : this.start;
    const newEnd = day >= end ? Math.max(day + 1, newStart + span) : Math.max(end, newStart + span);
    const grown = new Float64Array(newEnd - newStart);
    grown.set(this.values, this.start - newStart);
    this.start = newStart;
    this.values = grown;
  }
}
