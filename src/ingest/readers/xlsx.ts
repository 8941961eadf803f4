import { Transform, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { problem } from '../../messages/imports.js';
import type { SourceRecord, SourceTable } from '../types.js';
import { DEFAULT_XLSX_LIMITS, overLimit, xlsxUnreadable, type XlsxLimits } from './xlsx-limits.js';

/** A formula cell the file saved without its result: nothing to import, and its name to show. */
export class FormulaWithoutValue {
  constructor(readonly formula: string) {}
}

/** Rich text, hyperlinks, formulas and errors come as objects; a row needs their plain value. */
export function plainCell(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return value;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; formula?: string; sharedFormula?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result;
    if (result === undefined || (typeof result === 'number' && Number.isNaN(result))) return new FormulaWithoutValue(`=${v.formula ?? v.sharedFormula ?? ''}`);
    return plainCell(result);
  }
  if ('result' in v) return plainCell(v.result);
  if ('text' in v) return plainCell(v.text);
  if (v.error) return null;
  return String(value);
}

function isEmptyRow(cells: unknown[]): boolean {
  return cells.every((c) => c === null || c === undefined || String(c).trim() === '');
}

/**
 * ExcelJS's streaming reader with every unpacked part counted as it streams: the shared strings
 * (by bytes and by count), the sheets and the styles. The import checks the caps on the file
 * before reading it (`checkWorkbook`), so nothing is stored from a file over one; these counts keep
 * memory bounded for any other caller, and for a workbook whose parts ExcelJS reads differently.
 */
function guardedReader(input: Readable, limits: XlsxLimits) {
  let unpacked = 0;
  const count = (bytes: number) => {
    unpacked += bytes;
    if (unpacked > limits.maxUnpackedBytes) throw overLimit('maxUnpackedBytes', limits);
  };
  const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (input: Readable, options: object) => Record<string, any>;
  class Guarded extends Base {
    _parseSharedStrings(entry: Readable) {
      const strings = () => (this.sharedStrings as unknown[] | undefined)?.length ?? 0;
      let stringBytes = 0;
      const counted = entry.pipe(new Transform({
        transform(chunk: Buffer, _enc, done) {
          try {
            count(chunk.length);
            stringBytes += chunk.length;
            if (stringBytes > limits.maxSharedStringBytes) throw overLimit('maxSharedStringBytes', limits);
            if (strings() > limits.maxSharedStrings) throw overLimit('maxSharedStrings', limits);
            done(null, chunk);
          } catch (error) {
            done(error as Error);
          }
        },
      }));
      return super._parseSharedStrings(counted);
    }
    _parseStyles(entry: Readable) {
      return super._parseStyles(entry.pipe(new Transform({ transform: (chunk: Buffer, _enc, done) => { try { count(chunk.length); done(null, chunk); } catch (e) { done(e as Error); } } })));
    }
    _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string) {
      async function* counted() {
        for await (const chunk of iterator) {
          count(chunk.length);
          yield chunk;
        }
      }
      return super._parseWorksheet(counted(), sheetNo);
    }
  }
  return new Guarded(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers; without them a date cell would arrive as a bare serial.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  }) as unknown as AsyncIterable<AsyncIterable<{ number: number; values: unknown }>>;
}

/**
 * Streams the first worksheet of an .xlsx file. The first non-empty row is the header; row numbers
 * are the sheet's own, as Excel shows them. A formula cell without a saved result rejects its row.
 */
export async function readXlsx(input: Readable, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<SourceTable> {
  const workbook = guardedReader(input, limits);
  const rows = (async function* (): AsyncGenerator<{ row: number; cells: unknown[] }> {
    try {
      for await (const sheet of workbook) {
        for await (const row of sheet) {
          if (row.number > limits.maxRows) throw overLimit('maxRows', limits);
          const values = row.values as unknown[];
          if (values.length - 1 > limits.maxColumns) throw overLimit('maxColumns', limits);
          yield { row: row.number, cells: values.slice(1).map(plainCell) };
        }
        return; // only the first sheet holds the data; the rest are notes and pivots
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw xlsxUnreadable((error as Error).message);
    }
  })();
  let header = await rows.next();
  while (!header.done && isEmptyRow(header.value.cells)) header = await rows.next();
  if (header.done) return { headers: [], records: (async function* () {})(), empty: true };
  const headers = header.value.cells.map((c) => (c === null || c === undefined ? '' : String(c).trim()));
  async function* records(): AsyncGenerator<SourceRecord> {
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const { row, cells } = next.value;
      const column = cells.findIndex((c) => c instanceof FormulaWithoutValue);
      if (column < 0) yield { row, cells };
      else {
        const { formula } = cells[column] as FormulaWithoutValue;
        yield { row, broken: problem('formulaWithoutValue', { formula }), field: headers[column] ?? '', value: formula };
      }
    }
  }
  return { headers, records: records() };
}
