import type { SourceRecord, SourceTable } from '../types.js';
import { CsvSplitter, DEFAULT_MAX_CELL_CHARS, type SplitRecord } from './csv-splitter.js';
import { peekFirst } from './peek.js';

/** Excel's "Unicode text" and many ERP exports are tab-separated; the header line tells which. */
function sniffDelimiter(head: string): string {
  const end = head.search(/\r|\n/);
  const firstLine = end < 0 ? head : head.slice(0, end);
  const count = (d: string) => firstLine.split(d).length;
  const tabs = count('\t');
  const commas = count(',');
  const semicolons = count(';');
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

export interface CsvOptions {
  /** Cells longer than this reject their row (default DEFAULT_MAX_CELL_CHARS). */
  maxCellChars?: number;
}

/**
 * Reads decoded CSV text. Row numbers count records the way a spreadsheet shows them (header = 1),
 * including blank lines, so a reject's row is the row the merchant opens in Excel; a stretch lost
 * to an unclosed quote counts its lines.
 */
export async function readCsv(text: AsyncIterable<string>, options: CsvOptions = {}): Promise<SourceTable> {
  const { first, all } = await peekFirst(text);
  const splitter = new CsvSplitter(sniffDelimiter(first ?? ''), options.maxCellChars ?? DEFAULT_MAX_CELL_CHARS);
  const chunks = all[Symbol.asyncIterator]();
  let ready: SplitRecord[] = [];
  let next = 0;
  let ended = false;
  /** Splits the next chunk of text; false once the text has run out. */
  const refill = async (): Promise<boolean> => {
    if (ended) return false;
    const chunk = await chunks.next();
    if (chunk.done) {
      ended = true;
      ready = splitter.end();
    } else {
      ready = splitter.push(chunk.value);
    }
    next = 0;
    return true;
  };
  while (next >= ready.length) if (!(await refill())) return { headers: [], records: (async function* () {})(), empty: true };
  const headerRecord = ready[next++];
  const header = Array.isArray(headerRecord) ? headerRecord : [headerRecord.value];
  const headers = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  // Records already split are handed out without waiting: one await per chunk, not per row.
  async function* records(): AsyncGenerator<SourceRecord> {
    let row = 1;
    do {
      while (next < ready.length) {
        const record = ready[next++];
        if (Array.isArray(record)) yield { row: ++row, cells: record };
        else {
          yield { row: ++row, broken: { code: record.problem, params: { max: options.maxCellChars ?? DEFAULT_MAX_CELL_CHARS } }, rows: record.rows, field: headers[record.column] ?? '', value: record.value };
          row += record.rows - 1;
        }
      }
    } while (await refill());
  }
  return { headers, records: records() };
}
