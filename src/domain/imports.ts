import type { Buyer, KeywordVolume, Order, Product, Review, SocialPost } from './types.js';

/** What an import is about and what it reports back: shared by the readers (src/ingest), the store and the import use case. */

/** What a merchant can import; each kind has its own header synonyms and row schema. */
export const IMPORT_KINDS = ['reviews', 'posts', 'products', 'orders', 'buyers', 'keywords'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const FILE_FORMATS = ['csv', 'xlsx', 'json', 'jsonl'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/**
 * A row that did not land. `row` is the number the merchant sees: the spreadsheet row for CSV/XLSX
 * (header = row 1), the element number for a JSON array, the line number for JSONL.
 * `field` is the column header as written in the file when the column exists.
 */
export interface ImportReject {
  row: number;
  field: string;
  /** The cell as written (cut to REJECT_VALUE_CHARS), so the merchant can find it without opening the file. */
  value: string;
  /** In the merchant's language, from the message catalogue. */
  reason: string;
}

/**
 * An order line as read from a file. `statusSaid` is whether the file said what became of the order
 * (a status, after-sale or refund cell): only then does it overwrite the status of an order stored
 * before, so an ERP sheet without a status column does not turn a cancelled order back into a sale.
 */
export type ImportedOrder = Order & { statusSaid: boolean };

/** What each kind produces for one valid row, in the merchant's domain types. */
export interface ImportedRecords {
  reviews: Review;
  posts: SocialPost;
  products: Product;
  orders: ImportedOrder;
  buyers: Buyer;
  keywords: KeywordVolume;
}
export type ImportedRecord<K extends ImportKind = ImportKind> = ImportedRecords[K];

/** Values the merchant gives once for the whole file (e.g. `--platform tmall`) when a column is missing. */
export interface ImportDefaults {
  platform?: string;
  /** Keyword volume bucket when the file has no bucket column. */
  bucket?: 'day' | 'week' | 'month';
  /** Products: whether the rows are the merchant's own listings or competitors'. */
  owner?: 'own' | 'competitor';
  /** Orders: each row is a whole order (淘宝 订单报表), its goods in one line, not one line of it. */
  wholeOrders?: boolean;
}
