import { badInput } from '../../domain/errors.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * A cell that opens a quote and never closes it would otherwise make us hold the rest of the file;
 * no real cell is this long, so past it the file is broken.
 */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/**
 * An RFC 4180 CSV splitter fed text chunk by chunk. It is lenient the way Excel is: a quote inside
 * an unquoted cell is a character, text after a closing quote joins the cell, ragged rows stay ragged.
 * Written for speed: the import floor is 100,000 rows/s and a general CSV library spent a quarter
 * of that budget here.
 */
export class CsvSplitter {
  private pending = '';
  private readonly delimiter: number;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Records completed by this chunk; a record cut by the chunk's end waits for the next. */
  push(chunk: string): string[][] {
    const text = this.pending === '' ? chunk : this.pending + chunk;
    const records: string[][] = [];
    const done = this.split(text, records, false);
    this.pending = text.slice(done);
    if (this.pending.length > MAX_RECORD_CHARS) {
      throw badInput(`a quoted cell never closes (${records.length} rows after the last good one); check the quotes in the file`);
    }
    return records;
  }

  /** The last record, when the file does not end with a newline. */
  end(): string[][] {
    const records: string[][] = [];
    if (this.pending !== '') this.split(this.pending, records, true);
    this.pending = '';
    return records;
  }

  /** Splits whole records off `text`; returns where the unfinished part begins. */
  private split(text: string, records: string[][], final: boolean): number {
    const length = text.length;
    const delimiter = this.delimiter;
    let start = 0;
    while (start < length) {
      const cells: string[] = [];
      let i = start;
      let complete = false;
      for (;;) {
        let cell: string;
        if (text.charCodeAt(i) === QUOTE) {
          // Quoted cell: "" is a literal quote; it ends at a lone quote.
          let value = '';
          let from = i + 1;
          for (;;) {
            const close = text.indexOf('"', from);
            if (close < 0) {
              if (!final) return start;
              // At the end of the file an open quote swallows the rest, as Excel reads it.
              value += text.slice(from);
              i = length;
              break;
            }
            if (text.charCodeAt(close + 1) === QUOTE) {
              value += text.slice(from, close + 1);
              from = close + 2;
              continue;
            }
            value += text.slice(from, close);
            i = close + 1;
            break;
          }
          // Lenient: anything between the closing quote and the delimiter belongs to the cell.
          let j = i;
          while (j < length) {
            const c = text.charCodeAt(j);
            if (c === delimiter || c === LF || c === CR) break;
            j++;
          }
          cell = j > i ? value + text.slice(i, j) : value;
          i = j;
        } else {
          let j = i;
          while (j < length) {
            const c = text.charCodeAt(j);
            if (c === delimiter || c === LF || c === CR) break;
            j++;
          }
          cell = text.slice(i, j);
          i = j;
        }
        cells.push(cell);
        if (i >= length) {
          if (!final) return start;
          complete = true;
          break;
        }
        const c = text.charCodeAt(i);
        if (c === delimiter) {
          i++;
          continue;
        }
        // A record ends at LF, CRLF or a lone CR; a CR at the chunk's end may be half a CRLF.
        if (c === CR) {
          if (i + 1 >= length && !final) return start;
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        complete = true;
        break;
      }
      if (complete) records.push(cells);
      start = i;
    }
    return start;
  }
}
