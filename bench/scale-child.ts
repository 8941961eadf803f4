/**
 * The worker process of `npm run bench -- scale`: it opens the store and runs the steps the parent sends
 * one by one, on the user's path (the import function `kaikuan import` calls, stored extraction, the
 * HTTP API as the web app calls it). A step that runs too long is ended by the parent killing this
 * process, which is why steps live here and not in the parent: a page that computes for minutes on the
 * main thread would never let a timer fire.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { assembleApp } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import type { ImportKind } from '../src/domain/imports.js';
import { createHttp } from '../src/server/http.js';
import { createAccount, login } from '../src/services/accounts.js';
import { importFile } from '../src/services/imports.js';
import { analyseAfterImport } from '../src/services/analysis.js';
import { createMerchant } from '../src/store/accounts.js';
import { openStore, type StoreConfig } from '../src/store/store.js';
import { peakRssMb } from './memory.js';
import { cpuSeconds } from './timed.js';

const PASSWORD = 'bench-password-1';
const emailOf = (merchantId: string) => `${merchantId}@bench.cn`;

/** A step to run, and where to write its CPU profile when profiling. */
export type StepRequest = { profile?: string } & (
  | { step: 'setup'; merchants: { id: string; name: string }[] }
  | { step: 'import'; merchantId: string; kind: ImportKind; path: string }
  | { step: 'extract'; merchantId: string }
  | { step: 'incremental'; merchantId: string; path: string }
  | { step: 'page'; merchantId: string; paths: string[]; requests: number }
);

export interface StepFigures {
  wall?: number;
  cpu?: number;
  rows?: number;
  /** The first request of a page, in ms: the radar and caches are filled here. */
  first?: number;
  /** Warm requests of a page, in ms, in the order made. */
  latencies?: number[];
  /** CPU ms of this process for each warm request: on a shared machine, what the page itself costs. */
  cpuLatencies?: number[];
}

export type ChildMessage =
  | { type: 'progress'; note: string; rssMb: number; figures?: StepFigures }
  | { type: 'done'; figures: StepFigures; rssMb: number }
  | { type: 'failed'; message: string; rssMb: number };

const send = (message: ChildMessage) => process.send!(message);
const progress = (note: string, figures?: StepFigures) => send({ type: 'progress', note, rssMb: peakRssMb(), figures });

const store = await openStore(JSON.parse(process.argv[2]) as StoreConfig);
const http = createHttp(assembleApp(configFromEnv({}), store));
const tokens = new Map<string, string>();

async function tokenOf(merchantId: string): Promise<string> {
  let token = tokens.get(merchantId);
  if (!token) {
    const session = await login(store, emailOf(merchantId), PASSWORD);
    if (!session) throw new Error(`no account for ${merchantId}: run the setup step first`);
    tokens.set(merchantId, (token = session.token));
  }
  return token;
}

/** Wall and CPU seconds of `work`. */
async function measured(work: () => Promise<number>): Promise<StepFigures> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const rows = await work();
  return { rows, wall: (performance.now() - wall) / 1000, cpu: cpuSeconds(cpu) };
}

async function importRows(merchantId: string, kind: ImportKind, path: string): Promise<number> {
  const result = await importFile(store, merchantId, {
    kind,
    path,
    onProgress: (p) => progress(`${kind}: ${p.rowsRead.toLocaleString()} rows read, ${Math.round((100 * p.bytesRead) / p.totalBytes)}%`),
  });
  if (result.rejected > 0) throw new Error(`${result.rejected} ${kind} rows rejected, e.g. ${JSON.stringify(result.rejects[0])}`);
  return result.landed;
}

/**
 * What `kaikuan import` and the upload run after a reviews file lands: every review not yet analysed is
 * extracted and stored in batches, then the trend radar takes in the new rows. Returns the reviews analysed.
 */
async function extractAll(merchantId: string): Promise<number> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let analysed = 0;
  await analyseAfterImport(store, merchantId, { kind: 'reviews', landed: 1 }, {
    onProgress: (done) => {
      analysed = done;
      // Wall and CPU so far (all threads): the step's figures also hold the trend radar that runs after the last batch.
      const wall = (performance.now() - started) / 1000;
      progress(`extracted ${done.toLocaleString()} reviews in ${wall.toFixed(1)} s wall, ${cpuSeconds(cpu).toFixed(1)} CPU-s, ${Math.round(done / wall).toLocaleString()}/s`);
    },
  });
  return analysed;
}

/** One page load: all the page's API calls at once, as the browser makes them; wall and CPU ms until the last answers. */
async function loadPage(merchantId: string, paths: string[]): Promise<{ wall: number; cpu: number }> {
  const headers = { authorization: `Bearer ${await tokenOf(merchantId)}` };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    paths.map(async (path) => {
      const response = await http.request(path, { headers });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
    }),
  );
  return { wall: performance.now() - started, cpu: cpuSeconds(cpu) * 1000 };
}

async function timePage(merchantId: string, paths: string[], requests: number): Promise<StepFigures> {
  const figures: StepFigures = { first: (await loadPage(merchantId, paths)).wall, latencies: [], cpuLatencies: [] };
  progress(`first load ${Math.round(figures.first!)} ms`, figures);
  for (let i = 0; i < requests; i++) {
    const { wall, cpu } = await loadPage(merchantId, paths);
    figures.latencies!.push(wall);
    figures.cpuLatencies!.push(cpu);
    progress(`${i + 1}/${requests} warm loads, last ${Math.round(wall)} ms`, figures);
  }
  return figures;
}

async function runStep(request: StepRequest): Promise<StepFigures> {
  switch (request.step) {
    case 'setup':
      for (const m of request.merchants) {
        await createMerchant(store, m);
        await createAccount(store, m.id, { email: emailOf(m.id), password: PASSWORD });
      }
      return {};
    case 'import':
      return measured(() => importRows(request.merchantId, request.kind, request.path));
    case 'extract':
      return measured(() => extractAll(request.merchantId));
    case 'incremental':
      return measured(async () => {
        const landed = await importRows(request.merchantId, 'reviews', request.path);
        await extractAll(request.merchantId);
        return landed;
      });
    case 'page':
      return timePage(request.merchantId, request.paths, request.requests);
  }
}

/** Runs `work` under the V8 profiler when `path` is given, writing one .cpuprofile per step (open it in Chrome DevTools). */
async function profiled<T>(path: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!path) return work();
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  }
}

process.on('message', (message: StepRequest | 'exit') => {
  if (message === 'exit') {
    void store.close().then(() => process.exit(0));
    return;
  }
  profiled(message.profile, () => runStep(message)).then(
    (figures) => send({ type: 'done', figures, rssMb: peakRssMb() }),
    (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error), rssMb: peakRssMb() }),
  );
});
progress('ready');
