import { Readable } from 'node:stream';
import { badInput } from '../../domain/errors.js';
import { decodeText } from '../encoding.js';
import type { FileFormat, SourceTable } from '../types.js';
import { checkWorkbook, DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsx-limits.js';
import { readCsv } from './csv.js';
import { DEFAULT_MAX_CELL_CHARS } from './csv-splitter.js';
import { readJsonArray, readJsonLines } from './json.js';

const EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv', tsv: 'csv', txt: 'csv', xlsx: 'xlsx', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
};

/** The format a file name implies; old binary .xls and unknown endings are refused with what to do. */
export function formatFromName(name: string): FileFormat {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xls') throw badInput({ key: 'import_old_xls' });
  const format = EXTENSIONS[extension];
  if (!format) throw badInput({ key: 'import_unknown_format', params: { name } });
  return format;
}

/** Caps that keep one damaged file from taking the import (or the server's memory) with it. */
export interface ReaderLimits {
  /** A longer CSV cell rejects its row (default DEFAULT_MAX_CELL_CHARS). */
  maxCellChars?: number;
  xlsx?: Partial<XlsxLimits>;
}

/**
 * Opens a byte stream as a table of records. Text formats are decoded line by line from UTF-8,
 * GB18030/GBK, Big5 or UTF-16 (see `decodeText`).
 */
export async function openSource(format: FileFormat, bytes: AsyncIterable<Uint8Array>, limits: ReaderLimits = {}): Promise<SourceTable> {
  switch (format) {
    case 'xlsx': {
      // ExcelJS takes ~0.3 s to load; CSV and JSON imports (and their reading thread) skip it.
      const { readXlsx } = await import('./xlsx.js');
      return readXlsx(bytes instanceof Readable ? bytes : Readable.from(bytes), { ...DEFAULT_XLSX_LIMITS, ...limits.xlsx });
    }
    case 'csv':
      return readCsv(decodeText(bytes), { maxCellChars: limits.maxCellChars ?? DEFAULT_MAX_CELL_CHARS });
    case 'json':
      return readJsonArray(decodeText(bytes));
    case 'jsonl':
      return readJsonLines(decodeText(bytes));
  }
}


/**
 * Checks what can be checked of the whole file before any row is read, so a file that cannot be
 * imported is refused before a batch is stored: a workbook over a cap (see `checkWorkbook`).
 */
export async function checkFile(format: FileFormat, path: string, size: number, limits: ReaderLimits = {}): Promise<void> {
  if (format === 'xlsx') await checkWorkbook(path, size, { ...DEFAULT_XLSX_LIMITS, ...limits.xlsx });
}
