import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { badInput } from '../../domain/errors.js';
import type { SourceRecord, SourceTable } from '../types.js';
import { peekFirst } from './peek.js';

/** Excel's "Unicode text" and many ERP exports are tab-separated; the header line tells which. */
function sniffDelimiter(head: string): string {
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  const semicolons = firstLine.split(';').length;
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

function brokenCsv(error: unknown): unknown {
  return error instanceof CsvError ? badInput(`the CSV cannot be read: ${error.message}`) : error;
}

/**
 * Reads decoded CSV text. Row numbers count records the way a spreadsheet shows them (header = 1),
 * including blank lines, so a reject's row is the row the merchant opens in Excel.
 */
export async function readCsv(text: AsyncIterable<string>): Promise<SourceTable> {
  const { first, all } = await peekFirst(text);
  const parser = Readable.from(all).pipe(
    parse({
      delimiter: sniffDelimiter(first ?? ''),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }),
  );
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  let header: IteratorResult<string[]>;
  try {
    header = await records.next();
  } catch (error) {
    throw brokenCsv(error);
  }
  if (header.done) throw badInput('the file is empty');
  async function* rows(): AsyncGenerator<SourceRecord> {
    let row = 1;
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) yield { row: ++row, cells: next.value };
    } catch (error) {
      throw brokenCsv(error);
    }
  }
  return { headers: header.value.map((h) => h.trim()), records: rows() };
}
