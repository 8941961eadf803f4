const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The longest cell that lands. A review, a title or an address is a few hundred characters; 64 K
 * leaves room for a pasted essay while a runaway cell (a quote that never closes, a whole file
 * pasted into one cell) is rejected as one row instead of swallowing the rows after it.
 */
export const DEFAULT_MAX_CELL_CHARS = 64 * 1024;
/** An unfinished record may hold a few long cells before the splitter decides something is wrong. */
const RECORD_CELLS_HELD = 4;
/** Enough of a rejected cell for the merchant to find it in the file. */
export const REJECT_VALUE_CHARS = 80;

export type CsvProblem = 'unclosedQuote' | 'cellTooLong';

/** A record as cells, or a stretch of the file that could not be one (`rows` file rows from here). */
export type SplitRecord = string[] | { problem: CsvProblem; rows: number; column: number; value: string };

type Parsed =
  | { done: true; cells: string[]; end: number; multiline: boolean; junk: boolean }
  | { done: false; cells: number; inQuote: boolean; cellStart: number };

const sample = (text: string) => (text.length > REJECT_VALUE_CHARS ? `${text.slice(0, REJECT_VALUE_CHARS)}…` : text);

/**
 * An RFC 4180 CSV splitter fed text chunk by chunk. It is lenient the way Excel is (a quote inside
 * an unquoted cell is a character, text after a closing quote joins the cell, ragged rows stay
 * ragged) but does not let one broken record take the rest of the file:
 * - a quoted cell that runs over lines and then leaves its record with a column count other than
 *   the header's (or never closes) is an unclosed quote: that line is rejected, reading resumes on
 *   the next line, and lines until one has the header's column count are part of the same reject;
 * - a cell over `maxCellChars` rejects its row, skipped without being held, however long it is.
 * Memory holds at most a few cells' cap of unfinished text. Written for speed: the import floor is
 * 100,000 rows/s and a general CSV library spent a quarter of that budget here.
 */
export class CsvSplitter {
  private pending = '';
  private readonly delimiter: number;
  /** The header's column count, once the header has been split. */
  private columns: number | undefined;
  /** An unclosed quote's reject, held while the lines after it do not fit the header. */
  private held: Extract<SplitRecord, { problem: CsvProblem }> | undefined;
  /** A record over the cap being skipped: to the end of its line, or first to its closing quote. */
  private skipping: { until: 'line' | 'quote'; column: number; value: string } | undefined;

  constructor(
    delimiter: string,
    private readonly maxCellChars = DEFAULT_MAX_CELL_CHARS,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Records completed by this chunk; a record cut by the chunk's end waits for the next. */
  push(chunk: string): SplitRecord[] {
    const records: SplitRecord[] = [];
    let text = this.pending === '' ? chunk : this.pending + chunk;
    this.pending = '';
    if (this.skipping) {
      const rest = this.skip(text, records);
      if (rest === undefined) return records;
      text = rest;
    }
    this.pending = text.slice(this.split(text, records, false));
    return records;
  }

  /** The last record, when the file does not end with a newline. */
  end(): SplitRecord[] {
    const records: SplitRecord[] = [];
    if (this.skipping) this.emitSkipped(records);
    else if (this.pending !== '') this.split(this.pending, records, true);
    this.pending = '';
    this.release(records);
    return records;
  }

  private release(records: SplitRecord[]) {
    if (this.held) records.push(this.held);
    this.held = undefined;
  }

  private emitSkipped(records: SplitRecord[]) {
    const { column, value } = this.skipping!;
    this.skipping = undefined;
    this.release(records);
    records.push({ problem: 'cellTooLong', rows: 1, column, value });
  }

  /** Drops text of a skipped record; returns what follows it, or undefined when the chunk ended first. */
  private skip(text: string, records: SplitRecord[]): string | undefined {
    let from = 0;
    if (this.skipping!.until === 'quote') {
      for (;;) {
        const close = text.indexOf('"', from);
        // A quote at the chunk's very end may be half of a doubled quote: keep it for the next chunk.
        if (close < 0 || close === text.length - 1) {
          this.pending = close < 0 ? '' : '"';
          return undefined;
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          from = close + 2;
          continue;
        }
        from = close + 1;
        this.skipping!.until = 'line';
        break;
      }
    }
    const lf = text.indexOf('\n', from);
    const cr = text.indexOf('\r', from);
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end < 0) return undefined;
    this.emitSkipped(records);
    return text.slice(end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1));
  }

  /** Splits whole records off `text`; returns where the unfinished part begins. */
  private split(text: string, records: SplitRecord[], final: boolean): number {
    const length = text.length;
    let start = 0;
    while (start < length) {
      const parsed = this.parse(text, start, final);
      if (!parsed.done) {
        if (length - start <= this.maxCellChars * RECORD_CELLS_HELD) return start;
        const multiline = parsed.inQuote && /[\r\n]/.test(text.slice(parsed.cellStart, parsed.cellStart + this.maxCellChars * RECORD_CELLS_HELD));
        if (multiline) {
          start = this.unclosedQuote(text, start, records);
          continue;
        }
        this.release(records);
        this.skipping = { until: parsed.inQuote ? 'quote' : 'line', column: parsed.cells, value: sample(text.slice(parsed.cellStart + (parsed.inQuote ? 1 : 0))) };
        const rest = this.skip(text.slice(parsed.cellStart + (parsed.inQuote ? 1 : 0)), records);
        // What `skip` kept (half of a doubled quote) or what follows the skipped record stays pending.
        const kept = rest ?? this.pending;
        this.pending = '';
        return length - kept.length;
      }
      const { cells, end } = parsed;
      if (this.columns === undefined) this.columns = cells.length;
      else if (parsed.multiline && (parsed.junk || cells.length !== this.columns)) {
        start = this.unclosedQuote(text, start, records);
        continue;
      }
      start = end;
      if (this.held && cells.length !== this.columns) {
        this.held.rows++;
        continue;
      }
      this.release(records);
      // A plain loop: a callback made here would cost a closure per record (see DEVELOPERS, Bench).
      let long = -1;
      for (let c = 0; c < cells.length && long < 0; c++) if (cells[c].length > this.maxCellChars) long = c;
      records.push(long < 0 ? cells : { problem: 'cellTooLong', rows: 1, column: long, value: sample(cells[long]) });
    }
    return start;
  }

  /** Rejects the line at `start` as an unclosed quote and returns where the next line begins. */
  private unclosedQuote(text: string, start: number, records: SplitRecord[]): number {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    const line = text.slice(start, end);
    if (end < text.length) end += text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1;
    // A line that itself opens a quote it never closes is a reject of its own.
    this.release(records);
    this.held = { problem: 'unclosedQuote', rows: 1, column: this.columnOfOpenQuote(line), value: sample(line) };
    return end;
  }

  /** Which cell of a line opens the quote that never closes: the last quoted cell that starts. */
  private columnOfOpenQuote(line: string): number {
    let column = 0;
    let inQuote = false;
    let opened = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === QUOTE && (inQuote || i === 0 || line.charCodeAt(i - 1) === this.delimiter)) {
        if (!inQuote) opened = column;
        inQuote = !inQuote;
      } else if (c === this.delimiter && !inQuote) column++;
    }
    return opened;
  }

  /** One record from `start`: its cells and where the next begins, or how far it got before the text ran out. */
  private parse(text: string, start: number, final: boolean): Parsed {
    const length = text.length;
    const delimiter = this.delimiter;
    const cells: string[] = [];
    let multiline = false;
    let junk = false;
    let i = start;
    for (;;) {
      const cellStart = i;
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted cell: "" is a literal quote; it ends at a lone quote.
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            if (!final) return { done: false, cells: cells.length, inQuote: true, cellStart };
            // The file ends inside the quote: if it ran over lines, the quote was never closed.
            value += text.slice(from);
            if (/[\r\n]/.test(value)) return { done: true, cells: [...cells, value], end: length, multiline: true, junk: true };
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
        if (!multiline && (value.includes('\n') || value.includes('\r'))) multiline = true;
        // Lenient: anything between the closing quote and the delimiter belongs to the cell.
        let j = i;
        while (j < length) {
          const c = text.charCodeAt(j);
          if (c === delimiter || c === LF || c === CR) break;
          j++;
        }
        if (j > i) junk = true;
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
        if (!final) return { done: false, cells: cells.length - 1, inQuote: false, cellStart };
        return { done: true, cells, end: i, multiline, junk };
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        continue;
      }
      // A record ends at LF, CRLF or a lone CR; a CR at the chunk's end may be half a CRLF.
      if (c === CR) {
        if (i + 1 >= length && !final) return { done: false, cells: cells.length - 1, inQuote: false, cellStart };
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      } else {
        i++;
      }
      return { done: true, cells, end: i, multiline, junk };
    }
  }
}
