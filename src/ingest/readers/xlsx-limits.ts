import { z } from 'zod';
import { AppError, badInput } from '../../domain/errors.js';
import type { ErrorKey } from '../../messages/keys.js';
import { NotAZip, unpackEntry, zipEntries, type ZipEntry } from './zip-entries.js';

/**
 * What a workbook may unpack to. ExcelJS keeps the shared-string table in memory, so a 1 MB file
 * that inflates to 300 MB of strings would take a gigabyte. Every real export fits well inside the
 * caps; bigger data goes as CSV, and a setting raises a cap for the rare file that needs it.
 */
export interface XlsxLimits {
  /** Unpacked bytes of the sheet, shared strings and styles. */
  maxUnpackedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxSharedStrings: number;
  /**
   * Unpacked bytes of the shared strings alone: ExcelJS holds them as ~3 times their size in memory
   * (300 MB of strings took the CLI to 969 MB), so they get a cap well under the whole file's.
   */
  maxSharedStringBytes: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxUnpackedBytes: 512 * 1024 * 1024,
  maxRows: 1_048_576, // Excel's own sheet limit
  maxColumns: 1_000,
  maxSharedStrings: 2_000_000,
  maxSharedStringBytes: 128 * 1024 * 1024,
};

const MB = 1024 ** 2;

/** The environment settings that raise each cap (the unpacked size in MB), named in the error. */
export const XLSX_LIMIT_SETTINGS: Record<keyof XlsxLimits, string> = {
  maxUnpackedBytes: 'KAIKUAN_XLSX_MAX_MB',
  maxRows: 'KAIKUAN_XLSX_MAX_ROWS',
  maxColumns: 'KAIKUAN_XLSX_MAX_COLUMNS',
  maxSharedStrings: 'KAIKUAN_XLSX_MAX_STRINGS',
  maxSharedStringBytes: 'KAIKUAN_XLSX_MAX_STRINGS_MB',
};

const positiveWhole = z.coerce.number().int().positive();
const inMegabytes = (cap: keyof XlsxLimits) => cap === 'maxUnpackedBytes' || cap === 'maxSharedStringBytes';

/** The caps the settings ask for; a setting that is not a positive whole number is refused by name. */
export function xlsxLimitsFrom(settings: Record<string, string | undefined>): Partial<XlsxLimits> {
  const limits: Partial<XlsxLimits> = {};
  for (const [cap, setting] of Object.entries(XLSX_LIMIT_SETTINGS) as [keyof XlsxLimits, string][]) {
    const raw = settings[setting];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = positiveWhole.safeParse(raw);
    if (!parsed.success) throw badInput({ key: 'import_bad_setting', params: { setting, value: raw } });
    limits[cap] = inMegabytes(cap) ? parsed.data * MB : parsed.data;
  }
  return limits;
}

const LIMIT_KEYS: Record<keyof XlsxLimits, ErrorKey> = {
  maxUnpackedBytes: 'import_xlsx_too_large',
  maxRows: 'import_xlsx_too_many_rows',
  maxColumns: 'import_xlsx_too_many_columns',
  maxSharedStrings: 'import_xlsx_too_many_strings',
  maxSharedStringBytes: 'import_xlsx_strings_too_large',
};

/** A cap the workbook goes over, named with its value and the setting that raises it. */
export function overLimit(cap: keyof XlsxLimits, limits: XlsxLimits): AppError {
  const max = inMegabytes(cap) ? Math.round(limits[cap] / MB) : limits[cap];
  return badInput({ key: LIMIT_KEYS[cap], params: { max, setting: XLSX_LIMIT_SETTINGS[cap] } }, { cap, max });
}

/** The reader's own words stay in the details, for logs; the merchant reads what to do. */
export const xlsxUnreadable = (detail: string) => badInput({ key: 'import_xlsx_unreadable' }, { reader: detail });

/** The parts ExcelJS reads: the shared strings, the styles and the first worksheet (as in readXlsx). */
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

/** A tag the scanner may hold back between chunks; no real row or cell tag comes near it. */
const MAX_TAG_CHARS = 1 << 20;

/**
 * Calls `onTag` for each match of `pattern` (a global regex over whole tags) in the unpacked text,
 * holding back a tag cut by a chunk edge. XML tags are ASCII, so latin1 reads them without the cost
 * of decoding UTF-8.
 */
async function scanTags(chunks: AsyncIterable<Buffer>, pattern: RegExp, count: (bytes: number) => void, onTag: (m: RegExpExecArray) => void) {
  let carry = '';
  for await (const chunk of chunks) {
    count(chunk.length);
    const text = carry + chunk.toString('latin1');
    const cut = text.lastIndexOf('<');
    const whole = cut >= 0 && text.indexOf('>', cut) < 0 ? cut : text.length;
    carry = text.slice(whole);
    if (carry.length > MAX_TAG_CHARS) throw new NotAZip('a tag that never closes');
    pattern.lastIndex = 0;
    const complete = whole === text.length ? text : text.slice(0, whole);
    for (let m = pattern.exec(complete); m; m = pattern.exec(complete)) onTag(m);
  }
}

/** Column letters (as in "AB12") to a column number from 1. */
function columnNumber(reference: string): number {
  let n = 0;
  for (let i = 0; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

const REFERENCE = /\sr=["']([^"']*)["']/;

/**
 * Checks a workbook on disk against every cap before a single row is read for import, so a file
 * over one is refused whole and nothing is stored. It streams the parts and counts tags (no XML
 * tree, no strings kept): memory stays a few chunks, whatever the workbook inflates to.
 */
export async function checkWorkbook(path: string, size: number, limits: XlsxLimits): Promise<void> {
  try {
    const entries = await zipEntries(path, size);
    const parts: ZipEntry[] = entries.filter((e) => e.name === SHARED_STRINGS || e.name === STYLES);
    const sheet = entries.find((e) => WORKSHEET.test(e.name));
    if (sheet) parts.push(sheet);
    let unpacked = 0;
    const count = (bytes: number) => {
      unpacked += bytes;
      if (unpacked > limits.maxUnpackedBytes) throw overLimit('maxUnpackedBytes', limits);
    };
    for (const part of parts) {
      const bytes = unpackEntry(path, part);
      if (part.name === SHARED_STRINGS) {
        let strings = 0;
        let stringBytes = 0;
        const countStrings = (n: number) => {
          count(n);
          stringBytes += n;
          if (stringBytes > limits.maxSharedStringBytes) throw overLimit('maxSharedStringBytes', limits);
        };
        await scanTags(bytes, /<(?:\w+:)?si[\s>]/g, countStrings, () => {
          if (++strings > limits.maxSharedStrings) throw overLimit('maxSharedStrings', limits);
        });
      } else if (part === sheet) {
        // Row and column numbers as ExcelJS gives them: the r attribute, else one after the last.
        let row = 0;
        let column = 0;
        await scanTags(bytes, /<(?:\w+:)?(row|c)\b([^>]*)>/g, count, (m) => {
          const reference = REFERENCE.exec(m[2])?.[1];
          if (m[1] === 'row') {
            row = reference ? Number(reference) : row + 1;
            column = 0;
            if (row > limits.maxRows) throw overLimit('maxRows', limits);
          } else {
            column = reference ? columnNumber(reference) || column + 1 : column + 1;
            if (column > limits.maxColumns) throw overLimit('maxColumns', limits);
          }
        });
      } else {
        for await (const chunk of bytes) count(chunk.length);
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw xlsxUnreadable((error as Error).message);
  }
}
