import type { Store } from '../store/store.js';

/**
 * Work running for a merchant after an upload — the import itself, then the analysis of the new
 * reviews — and how far it got, for the import page's progress and the pages' "还在分析" notice.
 * Kept per open store in this process: the server that runs the work is the one that answers.
 */

export interface WorkProgress {
  /** 'import': rows of a file landing (done and total in bytes); 'analysis': new reviews analysed. */
  kind: 'import' | 'analysis';
  /** The file's name for an import; empty for the analysis. */
  label: string;
  done: number;
  /** Null while the total is not known yet. */
  total: number | null;
  /** Whole percent done, or null without a total. */
  percent: number | null;
  /** Units per second since the work started (reviews for the analysis, rows for an import). */
  perSecond: number;
  /** Seconds still needed at that pace, or null until there is a pace and a total. */
  etaSeconds: number | null;
  startedAt: string;
}

/** Rate, percent and time left of work that has done `done` of `total` in `elapsedMs`; `rateOf` is what the rate counts. */
export function paceOf(done: number, total: number | null, elapsedMs: number, rateOf = done): Pick<WorkProgress, 'percent' | 'perSecond' | 'etaSeconds'> {
  const seconds = elapsedMs / 1000;
  const perSecond = seconds > 0 ? rateOf / seconds : 0;
  if (total === null || total <= 0) return { percent: total === 0 ? 100 : null, perSecond, etaSeconds: total === 0 ? 0 : null };
  const share = Math.min(1, done / total);
  // Time left in proportion to what is done: the same whatever unit `done` counts in.
  const etaSeconds = share > 0 ? (seconds * (1 - share)) / share : null;
  return { percent: Math.floor(share * 100), perSecond, etaSeconds };
}

interface Running {
  kind: WorkProgress['kind'];
  label: string;
  done: number;
  total: number | null;
  rate: number;
  started: number;
}

const running = new WeakMap<Store, Map<string, Set<Running>>>();

/** Starts noting a piece of work; call `update` as it moves and `end` when it stops, whether it failed or not. */
export function noteWork(store: Store, merchantId: string, kind: WorkProgress['kind'], label: string) {
  let byMerchant = running.get(store);
  if (!byMerchant) running.set(store, (byMerchant = new Map()));
  let works = byMerchant.get(merchantId);
  if (!works) byMerchant.set(merchantId, (works = new Set()));
  const work: Running = { kind, label, done: 0, total: null, rate: 0, started: Date.now() };
  works.add(work);
  return {
    /** `rate`: what the shown rate counts when `done` is in other units (rows read while `done` counts bytes). */
    update(done: number, total: number | null, rate = done) {
      Object.assign(work, { done, total, rate });
    },
    end() {
      works.delete(work);
    },
  };
}

/** The merchant's work running now, oldest first. */
export function workInProgress(store: Store, merchantId: string): WorkProgress[] {
  const works = running.get(store)?.get(merchantId) ?? new Set<Running>();
  const now = Date.now();
  return [...works].map((w) => ({
    kind: w.kind,
    label: w.label,
    done: w.done,
    total: w.total,
    ...paceOf(w.done, w.total, now - w.started, w.rate),
    startedAt: new Date(w.started).toISOString(),
  }));
}

/** True while the merchant's new reviews are being analysed: pages then answer from what is ready instead of analysing too. */
export function analysisRunning(store: Store, merchantId: string): boolean {
  return workInProgress(store, merchantId).some((w) => w.kind === 'analysis');
}
