/**
 * The trend radar: compact per-day state for every series, updated event by event, and a scan that
 * re-judges only the series touched since the last scan (all of them when the window moves).
 * Feed it in time order: the per-series rings keep the latest days, so a scan "as of" an earlier
 * day is only right for events up to that day.
 * Judging is per series; false-alarm control (BH) runs across all tested series on every scan.
 */
import { DayRings } from './day-rings.js';
import { EvidenceLog } from './evidence-log.js';
import { benjaminiHochberg } from './false-discovery.js';
import { senSlope } from './mann-kendall.js';
import { judgeSeries, type SeriesVerdict, type SeriesWindowInput } from './judge-series.js';
import { SeriesIndex } from './series-index.js';
import { dayToIso, MAX_BUCKETS, MAX_WINDOW_DAYS, planWindow, YEAR_DAYS, type WindowPlan } from './time-buckets.js';
import type { DayNumber, SeriesKind, TrendEvent, TrendSignal } from '../domain/trends.js';

/** Words, aspects and pain points rise when their share of what customers write rises, not when volume does. */
export const SHARE_KINDS: readonly SeriesKind[] = ['term', 'aspect', 'painpoint'];
/** Expected share of false alarms among flagged items. */
export const FDR_LEVEL = 0.05;
// A series with fewer weighted events than this in the whole window cannot show a trend; leaving it
// out of BH (an independent filter: it ignores when the events happened) gains power for the rest.
const MIN_WINDOW_WEIGHT = 5;
// "Rising" from 0 to 1 or 2 mentions is not news for a merchant even when a test says so.
const MIN_RECENT_WEIGHT = 3;
// Share of the window's documents that may arrive before every share series is re-judged; below
// it a series' p-value moves by well under its own sampling noise.
const DOCUMENT_DRIFT = 0.02;
// Half a year: covers the quarter merchants ask about most (`--window 90d`) and the half-year the
// agents read keyword searches over; a radar for longer windows says so when it is built.
const DEFAULT_HORIZON_DAYS = 182;
// Sparkline values are for drawing: two decimals keep engagement weights readable in JSON.
const SPARKLINE_PRECISION = 100;
// The documents denominator is a single series in its own rings.
const DOCUMENTS = 0;

export interface RadarOptions {
  shareKinds?: readonly SeriesKind[];
  /** Longest window this radar will be asked about; sets how many days each series keeps. */
  horizonDays?: number;
}

export interface ScanOptions {
  windowDays: number;
  /** Defaults to the newest day in the data. */
  asOfDay?: DayNumber;
}

export interface TrendScan {
  asOf: string | null;
  windowDays: number;
  bucketDays: number;
  buckets: number;
  recentBuckets: number;
  /** Series known to the radar, series tested in this window, and series re-judged by this scan. */
  series: number;
  tested: number;
  judged: number;
  /** Series tested in this window, per kind: the denominators of false-alarm rates. */
  testedByKind: Partial<Record<SeriesKind, number>>;
  rising: TrendSignal[];
}

interface Exposures {
  flat: Float64Array;
  documents: Float64Array;
  flatYearAgo: Float64Array;
  documentsYearAgo: Float64Array;
}

export class TrendRadar {
  private readonly index = new SeriesIndex();
  private readonly days: DayRings;
  private readonly documents: DayRings;
  private readonly horizonDays: number;
  private readonly evidence = new EvidenceLog();
  private readonly shareKinds: ReadonlySet<SeriesKind>;
  private earliestDay = Infinity;
  private latestDay = -Infinity;
  private verdicts: (SeriesVerdict | null)[] = [];
  private qValues = new Float64Array(0);
  // Series touched since the last scan: a flag per id (cheap to set per event) and the list of ids.
  private dirtyFlags = new Uint8Array(0);
  private readonly dirtyIds: number[] = [];
  // Documents in the window when share series were last judged, and added since.
  private documentsJudged = 0;
  private documentsAdded = 0;
  private judgedFor = '';
  private readonly values = new Float64Array(MAX_BUCKETS);
  private readonly exposure = new Float64Array(MAX_BUCKETS);
  private readonly yearAgo = new Float64Array(MAX_BUCKETS);

  constructor(options: RadarOptions = {}) {
    this.shareKinds = new Set(options.shareKinds ?? SHARE_KINDS);
    this.horizonDays = Math.min(options.horizonDays ?? DEFAULT_HORIZON_DAYS, MAX_WINDOW_DAYS);
    // Each series remembers the longest window plus the same window a year earlier.
    const ringDays = this.horizonDays + YEAR_DAYS + 1;
    this.days = new DayRings(ringDays);
    this.documents = new DayRings(ringDays);
  }

  get seriesCount(): number {
    return this.index.size;
  }

  add(event: TrendEvent): void {
    const id = this.index.idOf(event.kind, event.key);
    this.days.add(id, event.day, event.weight);
    if (id >= this.dirtyFlags.length) this.growDirtyFlags(id);
    if (this.dirtyFlags[id] === 0) {
      this.dirtyFlags[id] = 1;
      this.dirtyIds.push(id);
    }
    this.noteDay(event.day);
    if (event.evidenceId !== undefined) this.evidence.add(id, event.evidenceId, event.day);
  }

  addAll(events: Iterable<TrendEvent>): void {
    for (const event of events) this.add(event);
  }

  /** One review or post written (weighted like its mentions): the denominator of share series. */
  addDocument(day: DayNumber, weight = 1): void {
    this.documents.add(DOCUMENTS, day, weight);
    this.documentsAdded += weight;
    this.noteDay(day);
  }

  scan(options: ScanOptions): TrendScan {
    const windowDays = this.checkWindow(options.windowDays);
    const asOfDay = options.asOfDay ?? this.latestDay;
    if (!Number.isFinite(asOfDay)) return emptyScan(windowDays);
    const plan = planWindow(asOfDay, windowDays);
    const judged = this.judgeChanged(plan);
    const tested: number[] = [];
    for (let id = 0; id < this.verdicts.length; id++) if (this.verdicts[id]) tested.push(id);
    const q = benjaminiHochberg(tested.map((id) => this.verdicts[id]!.pValue));
    this.qValues = new Float64Array(this.index.size).fill(1);
    tested.forEach((id, i) => (this.qValues[id] = q[i]));
    const rising = tested
      .filter((id) => this.isRising(id))
      .map((id) => this.signal(id, plan))
      // Ties broken by name, so the list does not depend on the order rows were fed in (stored counts or rows).
      .sort((a, b) => a.qValue - b.qValue || b.growth - a.growth || byName(a, b));
    return {
      asOf: dayToIso(asOfDay),
      windowDays,
      bucketDays: plan.bucketDays,
      buckets: plan.buckets,
      recentBuckets: plan.recentBuckets,
      series: this.index.size,
      tested: tested.length,
      judged,
      testedByKind: this.countByKind(tested),
      rising,
    };
  }

  /** Drill-down for any series, rising or not, as of the last scan's window. */
  describe(kind: SeriesKind, key: string, options: ScanOptions): TrendSignal | null {
    const id = this.index.find(kind, key);
    const asOfDay = options.asOfDay ?? this.latestDay;
    if (id === undefined || !Number.isFinite(asOfDay)) return null;
    const plan = planWindow(asOfDay, this.checkWindow(options.windowDays));
    return this.signal(id, plan, this.judge(id, plan, this.exposures(plan)));
  }

  private countByKind(ids: number[]): Partial<Record<SeriesKind, number>> {
    const counts: Partial<Record<SeriesKind, number>> = {};
    for (const id of ids) {
      const kind = this.index.kinds[id];
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    return counts;
  }

  private checkWindow(windowDays: number): number {
    if (windowDays > this.horizonDays) throw new RangeError(`window ${windowDays}d is longer than this radar keeps (${this.horizonDays}d)`);
    return windowDays;
  }

  private noteDay(day: DayNumber): void {
    if (day < this.earliestDay) this.earliestDay = day;
    if (day > this.latestDay) this.latestDay = day;
  }

  /**
   * Re-judges what changed; everything when the window, the as-of day or the data's start moved.
   * New documents shift the denominator of every share series, but a few hundred reviews on top of
   * a window of thousands move those p-values by a hair: share series are re-judged only once the
   * documents added since their last judging reach DOCUMENT_DRIFT of the window.
   */
  private judgeChanged(plan: WindowPlan): number {
    const fingerprint = `${plan.asOfDay}:${plan.bucketDays}:${plan.buckets}:${this.earliestDay}`;
    const everything = fingerprint !== this.judgedFor;
    const exposures = this.exposures(plan);
    const windowDocuments = exposures.documents.reduce((sum, value) => sum + value, 0);
    const shares = everything || this.documentsAdded > DOCUMENT_DRIFT * this.documentsJudged;
    let judged = 0;
    const judge = (id: number) => {
      this.verdicts[id] = this.judge(id, plan, exposures);
      judged++;
    };
    if (everything || shares) {
      for (let id = 0; id < this.index.size; id++) {
        if (everything || this.dirtyFlags[id] === 1 || this.shareKinds.has(this.index.kinds[id])) judge(id);
      }
    } else {
      for (const id of this.dirtyIds) judge(id);
    }
    for (const id of this.dirtyIds) this.dirtyFlags[id] = 0;
    this.dirtyIds.length = 0;
    if (shares) {
      this.documentsJudged = windowDocuments;
      this.documentsAdded = 0;
    }
    this.judgedFor = fingerprint;
    return judged;
  }

  private growDirtyFlags(id: number): void {
    const grown = new Uint8Array(Math.max(1024, (id + 1) * 2));
    grown.set(this.dirtyFlags);
    this.dirtyFlags = grown;
  }

  private exposures(plan: WindowPlan): Exposures {
    const { buckets, bucketDays, startDay } = plan;
    const flat = new Float64Array(buckets);
    const flatYearAgo = new Float64Array(buckets);
    for (let i = 0; i < buckets; i++) {
      // A bucket that ended before the merchant's first data is unobserved, not empty.
      const lastDayOfBucket = startDay + (i + 1) * bucketDays - 1;
      flat[i] = lastDayOfBucket >= this.earliestDay ? 1 : 0;
      flatYearAgo[i] = lastDayOfBucket - YEAR_DAYS >= this.earliestDay ? 1 : 0;
    }
    const documents = new Float64Array(buckets);
    const documentsYearAgo = new Float64Array(buckets);
    this.documents.bucketSums(DOCUMENTS, startDay, bucketDays, buckets, documents);
    this.documents.bucketSums(DOCUMENTS, startDay - YEAR_DAYS, bucketDays, buckets, documentsYearAgo);
    return { flat, documents, flatYearAgo, documentsYearAgo };
  }

  private judge(id: number, plan: WindowPlan, exposures: Exposures): SeriesVerdict | null {
    const { buckets, bucketDays, startDay } = plan;
    const firstDay = this.days.firstDay(id);
    if (this.days.lastDay(id) < startDay || firstDay > plan.asOfDay) return null;
    this.days.bucketSums(id, startDay, bucketDays, buckets, this.values);
    let windowWeight = 0;
    for (let i = 0; i < buckets; i++) windowWeight += this.values[i];
    if (windowWeight < MIN_WINDOW_WEIGHT) return null;
    const share = this.shareKinds.has(this.index.kinds[id]);
    this.exposure.set(share ? exposures.documents : exposures.flat);
    let yearAgo: SeriesWindowInput['yearAgo'] = null;
    if (firstDay <= startDay - YEAR_DAYS) {
      this.days.bucketSums(id, startDay - YEAR_DAYS, bucketDays, buckets, this.yearAgo);
      yearAgo = { values: this.yearAgo, exposure: share ? exposures.documentsYearAgo : exposures.flatYearAgo };
    }
    return judgeSeries({
      values: this.values,
      exposure: this.exposure,
      buckets,
      bucketDays,
      recentBuckets: plan.recentBuckets,
      yearAgo,
      emerging: firstDay >= plan.recentStartDay && this.earliestDay < plan.recentStartDay,
    });
  }

  private isRising(id: number): boolean {
    const verdict = this.verdicts[id]!;
    return this.qValues[id] <= FDR_LEVEL && verdict.growth > 0 && verdict.recent >= MIN_RECENT_WEIGHT;
  }

  private signal(id: number, plan: WindowPlan, verdict = this.verdicts[id]): TrendSignal {
    const sparkline = new Float64Array(plan.buckets);
    this.days.bucketSums(id, plan.startDay, plan.bucketDays, plan.buckets, sparkline);
    return {
      kind: this.index.kinds[id],
      key: this.index.keys[id],
      growth: verdict?.growth ?? 0,
      pValue: verdict?.pValue ?? 1,
      qValue: this.qValues[id] ?? 1,
      test: verdict?.test ?? 'rate',
      emerging: verdict?.test === 'emerging',
      recent: verdict?.recent ?? 0,
      baseline: verdict?.baseline ?? 0,
      senSlope: senSlope(sparkline),
      sparkline: Array.from(sparkline, (value) => Math.round(value * SPARKLINE_PRECISION) / SPARKLINE_PRECISION),
      evidence: this.evidence.of(id),
      related: [],
    };
  }
}

const byName = (a: TrendSignal, b: TrendSignal) =>
  a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

function emptyScan(windowDays: number): TrendScan {
  return { asOf: null, windowDays, bucketDays: 1, buckets: 0, recentBuckets: 0, series: 0, tested: 0, judged: 0, testedByKind: {}, rising: [] };
}
