import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';
import { createMerchant } from '../src/store/accounts.js';
import { importFile } from '../src/store/imports.js';
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
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  await new Promise((resolve) => out.end(chunk, () => resolve(undefined)));
}

export async function run(args: string[]): Promise<void> {
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : DEFAULT_ROWS;
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-bench-import-'));
  try {
    const csv = join(dir, 'reviews.csv');
    await writeReviewCsv(csv, rows);
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'kaikuan.db') });
    await createMerchant(store, { id: 'bench', name: '基准工厂' });

    const wall = performance.now();
    const cpu = process.cpuUsage();
    const result = await importFile(store, 'bench', { kind: 'reviews', path: csv });
    const seconds = (performance.now() - wall) / 1000;
    const used = process.cpuUsage(cpu);
    await store.close();

    const rate = Math.round(result.landed / seconds);
    const peak = peakRssMb();
    console.log(`import: ${result.landed.toLocaleString()} reviews landed of ${rows.toLocaleString()} rows (${(statSync(csv).size / 1e6).toFixed(0)} MB CSV), ${result.rejected} rejected`);
    console.log(`  ${seconds.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
    console.log(`  rows/s       ${rate.toLocaleString()}  (floor ${FLOOR_ROWS_PER_SECOND.toLocaleString()}: ${(rate / FLOOR_ROWS_PER_SECOND).toFixed(2)}x)`);
    console.log(`  peak RSS MB  ${peak}  (ceiling ${CEILING_PEAK_RSS_MB}: ${(peak / CEILING_PEAK_RSS_MB).toFixed(2)}x)`);
    if (result.landed !== rows) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
