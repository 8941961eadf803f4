/**
 * A merchant with a million reviews (issue 14), measured on the user's path: files written like a shop's
 * exports, imported through the function `kaikuan import` calls, analysed as it then analyses them (extraction, trend radar),
 * then every page's API timed through the HTTP app — on SQLite and on PostgreSQL. A small merchant's
 * pages are timed alone in the store first, and again beside the big one.
 *
 *   npm run bench -- scale [--reviews 1000000] [--stores sqlite,postgres] [--step-timeout 300]
 *                          [--requests 20] [--pages painpoints,trends] [--data DIR] [--cpu-prof DIR]
 *
 * Each step runs in a worker process (scale-child.ts); a step past its timeout is recorded as
 * "timed out" with what it finished, the worker is killed and the next step starts in a fresh one.
 * `--data DIR` keeps the generated files there and reuses them on the next run with the same size.
 * `--pages` times only the pages whose label holds one of the words (home, painpoints, trends, opportunities,
 * customers, markets, scorecard).
 * `--cpu-prof DIR` writes a CPU profile of each step there (none for a step that timed out).
 * `--analysis no` leaves out the first analysis and the incremental update: the pages are timed on reviews still
 * waiting for extraction. Only for pages that read no extraction (customers, markets, scorecard), when the
 * machine is too busy to extract a million reviews in the time there is; the other pages then time the wait.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { ImportKind } from '../src/ingest/types.js';
import type { StoreConfig } from '../src/store/store.js';
import { flag, textFlag } from './flags.js';
import type { ChildMessage, StepRequest } from './scale-child.js';
import { merchantFilesIn, writeMerchantFiles, type MerchantFiles } from './scale-data.js';
import { formatTable, type StepResult } from './scale-table.js';

const PG_URL = process.env.KAIKUAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The small merchant: about the demo shop's size (2,899 reviews) on ten listings. */
const SMALL = { reviews: 3_000, products: 10 };
/** 70 listings: 7 per category of online_shopping_10_cats, 3 of them the merchant's own. */
const BIG_PRODUCTS = 70;
const NEW_REVIEWS = 10_000;
/** At most one progress line this often: enough to see it move, few enough to read. */
const PROGRESS_EVERY_MS = 5_000;

/** What an interrupted run (Ctrl-C) still undoes: the worker, the PostgreSQL schema, the temporary files. */
const undoOnInterrupt = new Set<() => Promise<void> | void>();

/** Runs `work` with `undo` registered for an interruption, and runs `undo` after it in any case. */
async function undoing<T>(undo: () => Promise<void> | void, work: () => Promise<T>): Promise<T> {
  undoOnInterrupt.add(undo);
  try {
    return await work();
  } finally {
    undoOnInterrupt.delete(undo);
    await undo();
  }
}

/** Each store's table so far: an interrupted run still prints what it measured. */
const tablesSoFar: (() => string)[] = [];

function interrupted(): void {
  console.log(tablesSoFar.map((table) => table()).join('\n\n'));
  console.error('interrupted: removing the worker, the database and the files');
  void Promise.allSettled([...undoOnInterrupt].map((undo) => undo())).then(() => process.exit(130));
}

/** Every page's API calls, as the web app makes them on opening the page (web/src/pages, web/src/components/home). */
function pages(product: string): { label: string; paths: string[] }[] {
  const month = new Date().toISOString().slice(0, 7);
  return [
    {
      label: 'home',
      paths: ['/api/counts', '/api/painpoints', '/api/trends', '/api/approvals?view=open', '/api/agents/tasks?limit=500', '/api/customers?top=1000'],
    },
    { label: 'painpoints, all', paths: ['/api/painpoints'] },
    { label: 'painpoints, one product', paths: [`/api/painpoints?product=${encodeURIComponent(product)}`] },
    { label: 'trends', paths: ['/api/trends?window=90d'] },
    { label: 'opportunities', paths: ['/api/selection/opportunities'] },
    { label: 'customers', paths: ['/api/customers?top=20'] },
    { label: 'markets', paths: ['/api/markets'] },
    { label: 'scorecard', paths: [`/api/evaluation/scorecard?month=${month}`] },
  ];
}

interface Step {
  label: string;
  kind: StepResult['kind'];
  merchant: StepResult['merchant'];
  request: StepRequest;
}

interface Plan {
  requests: number;
  /** Only the pages whose label contains one of these words; every page when empty. */
  pageWords: string[];
  profileDir: string;
  /** Whether the first analysis and the incremental update run (`--analysis no` leaves them out). */
  analysis: boolean;
}

function plan(big: MerchantFiles, small: MerchantFiles, { requests, pageWords, profileDir, analysis }: Plan): Step[] {
  const imports = (merchant: 'big' | 'small', files: MerchantFiles): Step[] =>
    (['products', 'reviews', 'posts', 'orders'] as const).map((kind: ImportKind & keyof MerchantFiles) => ({
      label: `import ${kind}`, kind: 'import', merchant, request: { step: 'import', merchantId: merchant, kind, path: files[kind] },
    }));
  const pageSteps = (merchant: StepResult['merchant'], merchantId: string, product: string): Step[] =>
    pages(product)
      .filter(({ label }) => pageWords.length === 0 || pageWords.some((word) => label.includes(word)))
      .map(({ label, paths }) => ({ label, kind: 'page', merchant, request: { step: 'page', merchantId, paths, requests } }));
  const analyse = (merchant: 'big' | 'small'): Step[] =>
    analysis ? [{ label: 'first analysis (extraction, trend radar)', kind: 'extract', merchant, request: { step: 'extract', merchantId: merchant } }] : [];
  const steps: Step[] = [
    { label: 'setup', kind: 'setup', merchant: 'big', request: { step: 'setup', merchants: [{ id: 'big', name: '大厂' }, { id: 'small', name: '小店' }] } },
    ...imports('small', small),
    ...analyse('small'),
    ...pageSteps('small', 'small', 'small-P0'),
    ...imports('big', big),
    ...analyse('big'),
    ...(analysis
      ? [{ label: `incremental, ${NEW_REVIEWS.toLocaleString('en')} new reviews`, kind: 'incremental', merchant: 'big', request: { step: 'incremental', merchantId: 'big', path: big.newReviews } } satisfies Step]
      : []),
    ...pageSteps('big', 'big', 'big-P0'),
    ...pageSteps('small beside', 'small', 'small-P0'),
  ];
  if (!profileDir) return steps;
  mkdirSync(profileDir, { recursive: true });
  const fileName = (step: Step, i: number) => `${String(i + 1).padStart(2, '0')}-${step.merchant}-${step.label}.cpuprofile`.replace(/[^\w.-]+/g, '-');
  return steps.map((step, i) => ({ ...step, request: { ...step.request, profile: join(profileDir, fileName(step, i)) } }));
}

/** A worker process over one store; started again after a step times out. */
class Worker {
  private child?: ChildProcess;
  private ready?: Promise<void>;
  constructor(private readonly storeConfig: StoreConfig) {}

  private start(): Promise<void> {
    const child = fork(fileURLToPath(new URL('./scale-child.ts', import.meta.url)), [JSON.stringify(this.storeConfig)]);
    this.child = child;
    console.error(`  (worker pid ${child.pid})`);
    return new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the worker stopped before it was ready (exit ${code})`)));
    });
  }

  /** Runs one step; resolves with its result whether it finished, failed or ran out of time. */
  async run(step: Step, timeoutSeconds: number): Promise<StepResult> {
    this.ready ??= this.start();
    await this.ready;
    const child = this.child!;
    const result: StepResult = { kind: step.kind, label: step.label, merchant: step.merchant, status: 'ok', figures: {}, rssMb: 0 };
    let lastPrinted = 0;
    return new Promise((resolve) => {
      const finish = (status: StepResult['status'], message?: string) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve({ ...result, status, message });
      };
      const timer = setTimeout(() => {
        this.stop('SIGKILL');
        finish('timed out');
      }, timeoutSeconds * 1000);
      const onExit = (code: number | null) => {
        this.ready = undefined;
        finish('failed', `the worker stopped (exit ${code})`);
      };
      const onMessage = (m: ChildMessage) => {
        result.rssMb = Math.max(result.rssMb, m.rssMb);
        if (m.type === 'progress') {
          if (m.figures) result.figures = m.figures;
          if (Date.now() - lastPrinted >= PROGRESS_EVERY_MS) {
            lastPrinted = Date.now();
            console.error(`    … ${m.note} (RSS ${m.rssMb} MB)`);
          }
        } else if (m.type === 'done') {
          result.figures = m.figures;
          finish('ok');
        } else finish('failed', m.message);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(step.request);
    });
  }

  stop(signal: 'SIGKILL' | 'exit' = 'exit'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (!child || child.exitCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (signal === 'SIGKILL') child.kill('SIGKILL');
    else child.send('exit');
    return exited;
  }
}

const describe = (r: StepResult) => {
  const f = r.figures;
  const status = r.status === 'ok' ? '' : ` [${r.status}${r.message ? `: ${r.message}` : ''}]`;
  if (r.kind === 'page') return `first ${f.first === undefined ? '—' : Math.round(f.first)} ms, ${f.latencies?.length ?? 0} warm loads${status}`;
  return `${f.rows?.toLocaleString('en') ?? '—'} rows, wall ${f.wall?.toFixed(2) ?? '—'} s, CPU ${f.cpu?.toFixed(2) ?? '—'} s${status}`;
};

async function onStore(config: StoreConfig, steps: Step[], timeoutSeconds: number, results: StepResult[]): Promise<void> {
  const worker = new Worker(config);
  // Stopped gently (closing the store) when all went well; killed when interrupted or on an error.
  await undoing(() => worker.stop('SIGKILL'), async () => {
    for (const [i, step] of steps.entries()) {
      console.error(`  [${i + 1}/${steps.length}] ${step.label} (${step.merchant})`);
      const result = await worker.run(step, timeoutSeconds);
      console.error(`    ${describe(result)}`);
      results.push(result);
      if (step.kind === 'setup' && result.status !== 'ok') break;
    }
    await worker.stop();
  });
}

async function postgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database per store: a new SQLite file, or a new PostgreSQL schema, removed afterwards. */
async function withStore<T>(kind: string, dir: string, work: (config: StoreConfig) => Promise<T>): Promise<T> {
  if (kind === 'sqlite') {
    const path = join(dir, 'scale.db');
    const remove = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${path}${suffix}`, { force: true }));
    return undoing(remove, () => work({ kind: 'sqlite', path }));
  }
  const schema = `bench_scale_${randomBytes(4).toString('hex')}`;
  await postgresAdmin((c) => c.query(`create schema ${schema}`));
  const drop = async () => void (await postgresAdmin((c) => c.query(`drop schema if exists ${schema} cascade`)));
  return undoing(drop, () => work({ kind: 'postgres', url: PG_URL, schema, poolSize: 4 }));
}

/** The two merchants' files in `dir/scale-N`, written unless a run of the same size left them complete there. */
async function merchantFiles(dir: string, reviews: number): Promise<{ big: MerchantFiles; small: MerchantFiles }> {
  const folder = join(dir, `scale-${reviews}`);
  const complete = join(folder, 'complete');
  if (existsSync(complete)) {
    console.error(`reading the files in ${folder}`);
    return { big: merchantFilesIn(folder, 'big'), small: merchantFilesIn(folder, 'small') };
  }
  mkdirSync(folder, { recursive: true });
  console.error(`writing ${reviews.toLocaleString('en')} reviews, ${Math.ceil(reviews / 5).toLocaleString('en')} posts and ${Math.ceil(reviews / 10).toLocaleString('en')} orders to ${folder}`);
  const files = {
    big: await writeMerchantFiles(folder, 'big', { reviews, products: BIG_PRODUCTS }, NEW_REVIEWS),
    small: await writeMerchantFiles(folder, 'small', SMALL, NEW_REVIEWS),
  };
  writeFileSync(complete, new Date().toISOString());
  return files;
}

export async function run(args: string[]): Promise<void> {
  const reviews = flag(args, 'reviews', 1_000_000);
  const stores = textFlag(args, 'stores', 'sqlite,postgres').split(',').filter(Boolean);
  const timeoutSeconds = flag(args, 'step-timeout', 300);
  const requests = flag(args, 'requests', 20);
  const keptData = textFlag(args, 'data', '');
  const profileDir = textFlag(args, 'cpu-prof', '');
  const pageWords = textFlag(args, 'pages', '').split(',').filter(Boolean);
  const analysis = textFlag(args, 'analysis', 'yes') !== 'no';
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-bench-scale-'));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  await undoing(() => rmSync(dir, { recursive: true, force: true }), async () => {
    const { big, small } = await merchantFiles(keptData ? resolve(keptData) : dir, reviews);
    for (const kind of stores) {
      console.error(`${kind}:`);
      const results: StepResult[] = [];
      const title =
        `${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: big merchant ${reviews.toLocaleString('en')} reviews, ${BIG_PRODUCTS} products; ` +
        `small merchant ${SMALL.reviews.toLocaleString('en')} reviews; ${requests} warm loads per page, step timeout ${timeoutSeconds} s` +
        (analysis ? '' : '; no analysis (reviews waiting for extraction)');
      tablesSoFar.push(() => formatTable(title, results, reviews));
      const steps = plan(big, small, { requests, pageWords, analysis, profileDir: profileDir && join(resolve(profileDir), kind) });
      await withStore(kind, dir, (config) => onStore(config, steps, timeoutSeconds, results));
    }
    console.log(tablesSoFar.map((table) => table()).join('\n\n'));
    // The machine is shared: a wall time means little without the load beside it.
    console.log(`\nload average ${loadavg()[0].toFixed(2)} (1 min) on ${availableParallelism()} cores`);
  });
}
