import { fork } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';
import { createMerchant } from '../src/store/accounts.js';
import { importFile } from '../src/services/imports.js';
import { openStore } from '../src/store/store.js';
import { peakRssMb } from './memory.js';

/** The floor and ceiling for `npm run bench -- import`. */
const FLOOR_ROWS_PER_SECOND = 100_000;
const CEILING_PEAK_RSS_MB = 500;
const DEFAULT_ROWS = 1_000_000;
/** Listings the reviews spread over, and platforms they come from, like a mid-size Taizhou shop. */
const PRODUCTS = 200;
const PLATFORMS = ['天猫', '淘宝', '京东', '拼多多', '抖音'];

/** Real review texts: the Chinese corpus and the English Amazon one, in file order. */
function realTexts(): string[] {
  const chinese = parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true, relax_quotes: true }) as { review: string }[];
  const english = parse(readFileSync(sharedData.amazonReviews, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  return [...chinese.map((r) => r.review), ...english.map((r) => r['reviews.text'])].filter((t) => t.trim() !== '');
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Streams `rows` review rows to a CSV; each row differs (a distinct minute), so every one must land. */
export async function writeReviewCsv(path: string, rows: number): Promise<void> {
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

/** The import itself, in its own process so peak RSS counts the import and not building the file. */
async function importInChild(csv: string, dbPath: string): Promise<ImportFigures> {
  const store = await openStore({ kind: 'sqlite', path: dbPath });
  await createMerchant(store, { id: 'bench', name: '基准工厂' });
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await importFile(store, 'bench', { kind: 'reviews', path: csv });
  const seconds = (performance.now() - wall) / 1000;
  const used = process.cpuUsage(cpu);
  await store.close();
  return { landed: result.landed, rejected: result.rejected, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peakRssMb() };
}

const CHILD_FLAG = '--import-child';
if (process.argv[2] === CHILD_FLAG) {
  const figures = await importInChild(process.argv[3], process.argv[4]);
  process.send?.(figures);
}

function runChild(csv: string, dbPath: string): Promise<ImportFigures> {
  return new Promise((resolve, reject) => {
    // fork inherits this process's loader flags (tsx), so the child runs this same TypeScript file.
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, csv, dbPath]);
    child.once('message', (m) => resolve(m as ImportFigures));
    child.once('exit', (code) => code !== 0 && reject(new Error(`import child exited with ${code}`)));
  });
}

export async function run(args: string[]): Promise<void> {
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : DEFAULT_ROWS;
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-bench-import-'));
  try {
    const csv = join(dir, 'reviews.csv');
    await writeReviewCsv(csv, rows);
    const f = await runChild(csv, join(dir, 'kaikuan.db'));
    const rate = Math.round(f.landed / f.seconds);
    console.log(`import: ${f.landed.toLocaleString()} reviews landed of ${rows.toLocaleString()} rows (${(statSync(csv).size / 1e6).toFixed(0)} MB CSV), ${f.rejected} rejected`);
    console.log(`  ${f.seconds.toFixed(2)} s wall, ${f.cpuSeconds.toFixed(2)} s CPU (${Math.round(f.landed / f.cpuSeconds).toLocaleString()} rows per CPU-second)`);
    console.log(`  rows/s       ${rate.toLocaleString()}  (floor ${FLOOR_ROWS_PER_SECOND.toLocaleString()}: ${(rate / FLOOR_ROWS_PER_SECOND).toFixed(2)}x)`);
    console.log(`  peak RSS MB  ${f.peakRssMb}  (ceiling ${CEILING_PEAK_RSS_MB}: ${(f.peakRssMb / CEILING_PEAK_RSS_MB).toFixed(2)}x)`);
    // Two threads share the machine's cores with whatever else runs: a rate means little without the load.
    console.log(`  load average ${loadavg()[0].toFixed(2)} (1 min) on ${availableParallelism()} cores`);
    if (f.landed !== rows) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
