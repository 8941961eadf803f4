/**
 * Parser for the CDNOW transaction files (Fader, Hardie & Lee 2005), the public benchmark for
 * BG/NBD and Gamma-Gamma. Pure: callers read the file. The master file has a header line and
 * columns (id, yyyymmdd, units, dollars); the 1/10 sample adds a second id column.
 */
import type { Purchase } from './buyer-history.js';

const MS_PER_DAY = 86_400_000;

/** A CDNOW transaction: a purchase plus how many CDs it held (an order-size series). */
export type CdnowPurchase = Purchase & { units: number };

export function parseCdnow(text: string): CdnowPurchase[] {
  const purchases: CdnowPurchase[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4 || !/^\d{8}$/.test(fields[fields.length - 3])) continue;
    const date = fields[fields.length - 3];
    const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
    purchases.push({
      buyerId: fields[0],
      day: ms / MS_PER_DAY,
      units: Number(fields[fields.length - 2]),
      amount: Number(fields[fields.length - 1]),
    });
  }
  return purchases;
}
