import type { ExtractionCaps, LlmProvider } from '../llm/index.js';
import type { Locale } from '../messages/keys.js';
import { committedAbsaModel } from '../painpoints/tagger/model-file.js';
import { countReviewsToExtract } from '../store/painpoints.js';
import type { Store } from '../store/store.js';
import { DEFAULT_WINDOW, parseWindow } from '../trends/time-buckets.js';
import type { ImportResult } from './imports.js';
import { modelReader, type ModelReader, type ModelReading } from './model-reading.js';
import { startExtractionPool } from './extraction-pool.js';
import { extractNewReviews } from './painpoints.js';
import { trendReportFor } from './trends.js';
import { noteWork } from './work-progress.js';

/**
 * What runs after an import: the new reviews are analysed (aspect-opinion extraction, stored in
 * batches), then the trend radar takes in what landed. The CLI waits for it with a progress bar; the
 * web app waits for a small file and lets a big one's analysis run on while its pages answer from
 * what is ready (see `analysisRunning`) and the import page shows the percent done.
 */

/**
 * From this many waiting reviews extraction runs on threads (one per core): starting a thread and
 * loading its model costs about a second of CPU, which a backlog this size pays back many times.
 */
export const THREADS_FROM_REVIEWS = 20_000;

/** Each merchant's analysis running now: a second request for it joins the first instead of analysing the same reviews again. */
const analyses = new WeakMap<Store, Map<string, Promise<number>>>();

/**
 * Analyses every review not yet analysed; `onProgress` hears reviews done of the total after each stored
 * batch; `reader`, when a model is configured, reads the clauses the offline tagger is unsure about. Returns how many ran.
 */
export function analyseNewReviews(
  store: Store,
  merchantId: string,
  onProgress?: (done: number, total: number) => void,
  reader?: ModelReader,
): Promise<number> {
  let byMerchant = analyses.get(store);
  if (!byMerchant) analyses.set(store, (byMerchant = new Map()));
  const already = byMerchant.get(merchantId);
  if (already) return already;
  const work = noteWork(store, merchantId, 'analysis', '');
  const version = committedAbsaModel().version;
  const analysis = (async () => {
    const total = await countReviewsToExtract(store, merchantId);
    work.update(0, total);
    onProgress?.(0, total);
    // A model reader analyses in this thread (it asks about the clauses it reads); the offline tagger may use every core.
    const pool = !reader && total >= THREADS_FROM_REVIEWS ? startExtractionPool() : undefined;
    try {
      return await extractNewReviews(store, merchantId, reader?.extract ?? pool?.extract, version, undefined, (done) => {
        work.update(done, total);
        onProgress?.(done, total);
      });
    } finally {
      await pool?.close();
    }
  })().finally(() => {
    work.end();
    byMerchant.delete(merchantId);
  });
  byMerchant.set(merchantId, analysis);
  return analysis;
}

/** Kinds the trend radar reads; importing them updates the radar and its alerts. */
const TREND_FEEDS = new Set<ImportResult['kind']>(['reviews', 'posts', 'keywords', 'orders']);

/**
 * Reviews analysed before the upload answers: a few seconds' work. A bigger file's reviews are
 * analysed after the answer, with their progress on the import page.
 */
export const REVIEWS_ANALYSED_BEFORE_ANSWER = 5_000;

export interface AfterImport {
  /** What the trend radar took in, when it ran before the answer; null when nothing it reads landed or it runs on. */
  trends: { newRows: number; rising: number } | null;
  /** Reviews still being analysed after the answer (0 when all was done before it). */
  analysing: number;
  /** What the configured model read, when one is configured and the analysis ran before the answer. */
  modelReading?: ModelReading;
}

/** The configured model and its caps; an offline provider means no model reading. */
export interface ModelForClauses {
  llm: LlmProvider;
  caps: ExtractionCaps;
  /** The reader's language for the run's note. */
  locale?: Locale;
}

async function analyseThenRefreshTrends(
  store: Store,
  merchantId: string,
  onProgress?: (done: number, total: number) => void,
  reader?: ModelReader,
) {
  await analyseNewReviews(store, merchantId, onProgress, reader);
  const report = await trendReportFor(store, merchantId, parseWindow(DEFAULT_WINDOW));
  return { newRows: report.newRows, rising: report.rising.length };
}

/**
 * Analyses what an import landed and feeds the trend radar. `waitUpTo` reviews are analysed before
 * this returns (all by default, as the CLI does); past that the work runs on and this returns at once.
 */
export async function analyseAfterImport(
  store: Store,
  merchantId: string,
  result: Pick<ImportResult, 'kind' | 'landed'>,
  options: { waitUpTo?: number; onProgress?: (done: number, total: number) => void; model?: ModelForClauses } = {},
): Promise<AfterImport> {
  if (result.landed === 0 || !TREND_FEEDS.has(result.kind)) return { trends: null, analysing: 0 };
  const pending = result.kind === 'reviews' ? await countReviewsToExtract(store, merchantId) : 0;
  const { model } = options;
  const reader = model && model.llm.name !== 'offline' && pending > 0 ? modelReader(store, merchantId, model.llm, model.caps, { locale: model.locale }) : undefined;
  const work = analyseThenRefreshTrends(store, merchantId, options.onProgress, reader);
  if (pending <= (options.waitUpTo ?? Number.POSITIVE_INFINITY)) {
    const trends = await work;
    return reader ? { trends, analysing: 0, modelReading: reader.summary() } : { trends, analysing: 0 };
  }
  // Running on after the answer: a failure is logged (the next page request analyses the rest).
  const running = work.then(
    () => undefined,
    (error: unknown) => console.error(`analysis after import failed for ${merchantId}:`, error),
  );
  let set = runningOn.get(store);
  if (!set) runningOn.set(store, (set = new Set()));
  set.add(running);
  void running.finally(() => set.delete(running));
  return { trends: null, analysing: pending };
}

/** Work that runs on after an upload's answer, per store. */
const runningOn = new WeakMap<Store, Set<Promise<void>>>();

/** Resolves once the work running on after answers is over: before closing the store, and in tests. */
export async function backgroundSettled(store: Store): Promise<void> {
  await Promise.all([...(runningOn.get(store) ?? [])]);
}
