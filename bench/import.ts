import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { sharedData } from '../src/ingest/shared-data.js';
import type { ImportKind } from '../src/domain/imports.js';
import { createMerchant } from '../src/store/accounts.js';
import { analyseAfterImport } from '../src/services/analysis.js';
import { importFile } from '../src/services/imports.js';
import { openStore, type StoreConfig } from '../src/store/store.js';
import { peakRssMb } from './memory.js';
import { writeOrderCsv } from './scale-data.js';

/** The floor and ceiling for `npm run bench -- import`. */
const FLOOR_ROWS_PER_SECOND = 100_000;
const CEILING_PEAK_RSS_MB = 500;
const DEFAULT_ROWS = 1_000_000;
/** Listings the reviews spread over, and platforms they come from, like a mid-size Taizhou shop. */
const PRODUCTS = 200;
const PLATFORMS = ['天猫', '淘宝', '京东', '拼多多', '抖音'];
/** `--kind orders`: a small and a big file, whose rows per CPU-second should match (issue 14: 100,000 orders took half an hour). */
const ORDER_ROWS = [20_000, 100_000];
/** Below this share of the small file's rows per CPU-second, the big one grows faster than its rows. */
const ORDERS_LINEAR_FLOOR = 0.7;
const PG_URL = process.env.KAIKUAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Real review texts: the Chinese corpus and the English Amazon one, in file order. */
function realTexts(): string[] {
  const chinese = parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true, relax_quotes: true }) as { review: string }[];
  const english = parse(readFileSync(sharedData.amazonReviews, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  return [...chinese.map((r) => r.review), ...english.map((r) => r['reviews.text'])].filter((t) => t.trim() !== '');
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Streams `rows` review rows to a CSV; each row differs (a distinct minute), so every one must land. */
async function writeReviewCsv(path: string, rows: number): Promise<void> {
  const texts = realTexts();
  const out = createWriteStream(path);
  const start = Date.UTC(2023, 0, 1);
  let chunk = '商品ID,评分,评价内容,评价时间,平台,买家昵称\n';
  for (let i = 0; i < rows; i++) {
    const text = texts[(i * 7919) % texts.length];
    const at = new Date(start + i * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    chunk += `P${(i * 31) % PRODUCTS},${1 + ((i * 13) % 5)},${quote(text)},${at},${PLATFORMS[i % PLATFORMS.length]},买家${i % 9973}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  await new Promise<void>((resolve) => out.end(chunk, () => resolve()));
}

interface ImportFigures {
  landed: number;
  rejected: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

/**
 * The import itself, in its own process so peak RSS counts the import and not building the file. Orders are
 * timed with what `kaikuan import orders` runs after them (the trend radar); reviews without their analysis,
 * which `npm run bench -- stored-extraction` measures.
 */
async function importInChild(csv: string, config: StoreConfig, kind: ImportKind): Promise<ImportFigures> {
  const store = await openStore(config);
  await createMerchant(store, { id: 'bench', name: '基准工厂' });
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await importFile(store, 'bench', { kind, path: csv });
  if (kind === 'orders') await analyseAfterImport(store, 'bench', result);
  const seconds = (performance.now() - wall) / 1000;
  const used = process.cpuUsage(cpu);
  await store.close();
  return { landed: result.landed, rejected: result.rejected, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peakRssMb() };
}

const CHILD_FLAG = '--import-child';
if (process.argv[2] === CHILD_FLAG) {
  const figures = await importInChild(process.argv[3], JSON.parse(process.argv[4]) as StoreConfig, process.argv[5] as ImportKind);
  process.send?.(figures);
}

function runChild(csv: string, config: StoreConfig, kind: ImportKind): Promise<ImportFigures> {
  return new Promise((resolve, reject) => {
    // fork inherits this process's loader flags (tsx), so the child runs this same TypeScript file.
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, csv, JSON.stringify(config), kind]);
    child.once('message', (m) => resolve(m as ImportFigures));
    child.once('exit', (code) => code !== 0 && reject(new Error(`import child exited with ${code}`)));
  });
}

async function postgresAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh store for one run: a new SQLite file in `dir`, or a new PostgreSQL schema, dropped afterwards. */
async function withFreshStore<T>(kind: string, dir: string, work: (config: StoreConfig) => Promise<T>): Promise<T> {
  if (kind === 'sqlite') return work({ kind: 'sqlite', path: join(dir, 'kaikuan.db') });
  if (kind !== 'postgres') throw new Error(`--store is sqlite or postgres, not ${kind}`);
  const schema = `bench_import_${randomBytes(4).toString('hex')}`;
  await postgresAdmin(`create schema ${schema}`);
  try {
    return await work({ kind: 'postgres', url: PG_URL, schema });
  } finally {
    await postgresAdmin(`drop schema if exists ${schema} cascade`);
  }
}

const cpuOf = (storeKind: string) => (storeKind === 'postgres' ? 'CPU of the import, not of the PostgreSQL server' : 'CPU');
/** Two threads share the machine's cores with whatever else runs: a rate means little without the load. */
const printLoad = () => console.log(`  load average ${loadavg()[0].toFixed(2)} (1 min) on ${availableParallelism()} cores`);

/** Orders at 20,000 and 100,000 rows, each into a fresh store: rows/s, rows per CPU-second, and the ratio of the two sizes. */
async function runOrders(storeKind: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-bench-orders-'));
  try {
    console.log(`orders into ${storeKind}, each size into a fresh store, timed with the trend radar that runs after them:`);
    const perSecond: number[] = [];
    const perCpuSecond: number[] = [];
    for (const rows of ORDER_ROWS) {
      const csv = join(dir, `orders-${rows}.csv`);
      await writeOrderCsv(csv, 'bench', rows, PRODUCTS);
      const f = await withFreshStore(storeKind, dir, (config) => runChild(csv, config, 'orders'));
      perSecond.push(f.landed / f.seconds);
      perCpuSecond.push(f.landed / f.cpuSeconds);
      console.log(`  ${rows.toLocaleString()} rows: ${f.landed.toLocaleString()} landed, ${f.rejected} rejected; ${f.seconds.toFixed(2)} s wall, ${f.cpuSeconds.toFixed(2)} s ${cpuOf(storeKind)}; `
        + `rows/s ${Math.round(f.landed / f.seconds).toLocaleString()}, rows per CPU-second ${Math.round(f.landed / f.cpuSeconds).toLocaleString()}; peak RSS MB ${f.peakRssMb}`);
      if (f.landed !== rows) process.exitCode = 1;
      rmSync(join(dir, 'kaikuan.db'), { force: true });
    }
    const sizes = `${ORDER_ROWS[ORDER_ROWS.length - 1].toLocaleString()} / ${ORDER_ROWS[0].toLocaleString()} rows`;
    const ratio = perCpuSecond[perCpuSecond.length - 1] / perCpuSecond[0];
    console.log(`  rows per CPU-second, ${sizes}: ${ratio.toFixed(2)} (linear ≈ 1, floor ${ORDERS_LINEAR_FLOOR})`);
    // On PostgreSQL the server's share of the work is not in the import's CPU: the wall-clock rates show it.
    console.log(`  rows/s, ${sizes}: ${(perSecond[perSecond.length - 1] / perSecond[0]).toFixed(2)} (wall-clock: the load moves it)`);
    printLoad();
    if (ratio < ORDERS_LINEAR_FLOOR) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- import [--rows N] [--store sqlite|postgres] [--kind reviews|orders]` (PostgreSQL at
 * KAIKUAN_TEST_PG, a fresh schema). Reviews: a million rows against the floor; orders: see `runOrders`.
 */
export async function run(args: string[]): Promise<void> {
  const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  const rows = Number(option('--rows') ?? DEFAULT_ROWS);
  const storeKind = option('--store') ?? 'sqlite';
  const kind = option('--kind') ?? 'reviews';
  if (kind === 'orders') return runOrders(storeKind);
  if (kind !== 'reviews') throw new Error(`--kind is reviews or orders, not ${kind}`);
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-bench-import-'));
  try {
    const csv = join(dir, 'reviews.csv');
    await writeReviewCsv(csv, rows);
    const f = await withFreshStore(storeKind, dir, (config) => runChild(csv, config, 'reviews'));
    const rate = Math.round(f.landed / f.seconds);
    console.log(`import into ${storeKind}: ${f.landed.toLocaleString()} reviews landed of ${rows.toLocaleString()} rows (${(statSync(csv).size / 1e6).toFixed(0)} MB CSV), ${f.rejected} rejected`);
    // The import's own process (both its threads); PostgreSQL's server does its part in processes of its own.
    console.log(`  ${f.seconds.toFixed(2)} s wall, ${f.cpuSeconds.toFixed(2)} s ${cpuOf(storeKind)} (${Math.round(f.landed / f.cpuSeconds).toLocaleString()} rows per CPU-second)`);
    console.log(`  rows/s       ${rate.toLocaleString()}  (floor ${FLOOR_ROWS_PER_SECOND.toLocaleString()}: ${(rate / FLOOR_ROWS_PER_SECOND).toFixed(2)}x)`);
    console.log(`  peak RSS MB  ${f.peakRssMb}  (ceiling ${CEILING_PEAK_RSS_MB}: ${(f.peakRssMb / CEILING_PEAK_RSS_MB).toFixed(2)}x)`);
    printLoad();
    if (f.landed !== rows) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
