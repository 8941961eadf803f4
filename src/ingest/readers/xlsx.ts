import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { badInput } from '../../domain/errors.js';
import type { SourceRecord, SourceTable } from '../types.js';

/** Rich text, hyperlinks, formulas and errors come as objects; a row needs their plain value. */
export function plainCell(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return value;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plainCell(v.result);
  if ('text' in v) return plainCell(v.text);
  if (v.error) return null;
  return String(value);
}

function isEmptyRow(cells: unknown[]): boolean {
  return cells.every((c) => c === null || c === undefined || String(c).trim() === '');
}

/**
 * Streams the first worksheet of an .xlsx file. The first non-empty row is the header; row numbers
 * are the sheet's own, as Excel shows them.
 */
export async function readXlsx(input: Readable): Promise<SourceTable> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers; without them a date cell would arrive as a bare serial.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const rows = (async function* (): AsyncGenerator<{ row: number; cells: unknown[] }> {
    try {
      for await (const sheet of workbook) {
        for await (const row of sheet) {
          const values = row.values as unknown[];
          yield { row: row.number, cells: values.slice(1).map(plainCell) };
        }
        return; // only the first sheet holds the data; the rest are notes and pivots
      }
    } catch (error) {
      throw badInput(`the XLSX file cannot be read: ${(error as Error).message}`);
    }
  })();
  let header = await rows.next();
  while (!header.done && isEmptyRow(header.value.cells)) header = await rows.next();
  if (header.done) throw badInput('the first worksheet is empty');
  const headers = header.value.cells.map((c) => (c === null || c === undefined ? '' : String(c).trim()));
  async function* records(): AsyncGenerator<SourceRecord> {
    for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
  }
  return { headers, records: records() };
}
