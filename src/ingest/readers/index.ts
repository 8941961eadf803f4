import { Readable } from 'node:stream';
import { badInput } from '../../domain/errors.js';
import { decodeText } from '../encoding.js';
import type { FileFormat, SourceTable } from '../types.js';
import { readCsv } from './csv.js';
import { readJsonArray, readJsonLines } from './json.js';

const EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv', tsv: 'csv', txt: 'csv', xlsx: 'xlsx', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
};

/** The format a file name implies; old binary .xls and unknown endings are refused with what to do. */
export function formatFromName(name: string): FileFormat {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xls') throw badInput('old .xls files cannot be read; in Excel, save as .xlsx or CSV (UTF-8)');
  const format = EXTENSIONS[extension];
  if (!format) throw badInput(`cannot tell the format of "${name}"; use .csv, .xlsx, .json or .jsonl, or pass the format`);
  return format;
}

/** Opens a byte stream as a table of records. Text formats are decoded from UTF-8, UTF-8 BOM or GB18030. */
export async function openSource(format: FileFormat, bytes: AsyncIterable<Uint8Array>): Promise<SourceTable> {
  switch (format) {
    case 'xlsx': {
      // ExcelJS takes ~0.3 s to load; CSV and JSON imports (and their reading thread) skip it.
      const { readXlsx } = await import('./xlsx.js');
      return readXlsx(bytes instanceof Readable ? bytes : Readable.from(bytes));
    }
    case 'csv':
      return readCsv(decodeText(bytes));
    case 'json':
      return readJsonArray(decodeText(bytes));
    case 'jsonl':
      return readJsonLines(decodeText(bytes));
  }
}

