import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { sharedData } from './shared-data.js';

/** Test helpers: a few real rows from ../shared/data, and streams that cut bytes where a reader would least like it. */
export interface RealReview {
  category: string;
  text: string;
}

/** The first `count` rows of each of the first categories of online_shopping_10_cats, in file order. */
export function realChineseReviews(count: number): RealReview[] {
  const text = readFileSync(sharedData.onlineShopping, 'utf8');
  // 200 kB hold the first few hundred reviews; parsing all 11 MB would slow every test.
  const head = text.slice(0, 200_000);
  const rows = parse(head.slice(0, head.lastIndexOf('\n书籍,')), { columns: true, bom: true, relax_quotes: true }) as {
    cat: string;
    review: string;
  }[];
  return rows
    .filter((r) => r.review.trim() !== '')
    .slice(0, count)
    .map((r) => ({ category: r.cat, text: r.review.replace(/^\uFEFF/, '') }));
}

export interface RealAmazonReview {
  asins: string;
  date: string;
  rating: string;
  text: string;
  username: string;
}

export function realAmazonReviews(count: number): RealAmazonReview[] {
  const text = readFileSync(sharedData.amazonReviews, 'utf8');
  const rows = parse(text, { columns: true, bom: true, to: count }) as Record<string, string>[];
  return rows.map((r) => ({
    asins: r.asins,
    date: r['reviews.date'],
    rating: r['reviews.rating'],
    text: r['reviews.text'],
    username: r['reviews.username'],
  }));
}

/** CDNOW sample lines: customer, date (yyyymmdd), CDs bought, dollars. */
export function realCdnowPurchases(count: number): { customer: string; date: string; units: number; dollars: number }[] {
  return readFileSync(sharedData.cdnowSample, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, count)
    .map((l) => {
      const [customer, , date, units, dollars] = l.trim().split(/\s+/);
      return { customer, date, units: Number(units), dollars: Number(dollars) };
    });
}

/** CSV text for rows of cells, quoting every cell the way Excel does when it must. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const quote = (cell: string | number) => {
    const s = String(cell);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** A byte stream delivered in small chunks, so multi-byte characters and records straddle chunk edges. */
export function chunked(bytes: Uint8Array, chunkSize = 7): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(Buffer.from(bytes.subarray(i, i + chunkSize)));
  return Readable.from(chunks);
}
