import { badInput } from '../../domain/errors.js';
import type { SourceRecord, SourceTable } from '../types.js';
import { CsvSplitter } from './csv-splitter.js';
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

/**
 * Reads decoded CSV text. Row numbers count records the way a spreadsheet shows them (header = 1),
 * including blank lines, so a reject's row is the row the merchant opens in Excel.
 */
export async function readCsv(text: AsyncIterable<string>): Promise<SourceTable> {
  const { first, all } = await peekFirst(text);
  const splitter = new CsvSplitter(sniffDelimiter(first ?? ''));
  const chunks = all[Symbol.asyncIterator]();
  let ready: string[][] = [];
  let next = 0;
  let ended = false;
  /** The next record, reading more text only when the split ones run out. */
  const take = async (): Promise<string[] | undefined> => {
    while (next >= ready.length) {
      if (ended) return undefined;
      const chunk = await chunks.next();
      if (chunk.done) {
        ended = true;
        ready = splitter.end();
      } else {
        ready = splitter.push(chunk.value);
      }
      next = 0;
    }
    return ready[next++];
  };
  const header = await take();
  if (!header) throw badInput('the file is empty');
  async function* records(): AsyncGenerator<SourceRecord> {
    let row = 1;
    for (let cells = await take(); cells; cells = await take()) yield { row: ++row, cells };
  }
  return { headers: header.map((h) => h.replace(/^\uFEFF/, '').trim()), records: records() };
}
