import { DEFAULT_LOCALE, say, type Locale } from '../messages/imports.js';
import type { ImportReject } from './types.js';

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel and WPS: a
 * value copied from the merchant's file into the report must not run when the report is opened.
 * A leading apostrophe makes it text and shows as nothing.
 */
export function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const csvCell = (value: string | number) => {
  const s = neutralised(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The report's first line, with a BOM so Chinese Excel opens it as UTF-8. */
export function rejectsCsvHeader(locale: Locale = DEFAULT_LOCALE): string {
  const words = (['report.row', 'report.column', 'report.value', 'report.reason'] as const).map((code) => say({ code }, locale));
  return `\uFEFF${words.map(csvCell).join(',')}\r\n`;
}

export function rejectsCsvLine(r: ImportReject): string {
  return `${r.row},${csvCell(r.field)},${csvCell(r.value)},${csvCell(r.reason)}\r\n`;
}

export function rejectsCsv(rejects: readonly ImportReject[], locale: Locale = DEFAULT_LOCALE): string {
  return rejectsCsvHeader(locale) + rejects.map(rejectsCsvLine).join('');
}
