import { problem, type MessageKey, type Problem } from '../messages/imports.js';

/**
 * Cell parsers for what Chinese exports actually contain: "¥1,299.00", "1.2万", "5星", "好评",
 * "2024/5/1 14:30", "2024年5月1日", Excel serial dates. Each returns the value or an error string.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Problem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: MessageKey, params?: Problem['params']): Parsed<never> => ({ ok: false, reason: problem(code, params) });

/** Platform exports are in Beijing time and say so nowhere; a time without a zone is UTC+8. */
export const MERCHANT_UTC_OFFSET_HOURS = 8;
const OFFSET_MS = MERCHANT_UTC_OFFSET_HOURS * 3_600_000;

/** Excel counts days from 1899-12-30; serials in this range are dates from 1954 to 2119. */
const EXCEL_SERIAL_MIN = 20_000;
const EXCEL_SERIAL_MAX = 80_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Unix times in seconds fall in this range from 2001 to 5138; milliseconds start at 1e12. */
const UNIX_SECONDS_MIN = 1e9;
const UNIX_MS_MIN = 1e12;
/** The last instant a JavaScript Date can hold. */
const LATEST_MS = 8.64e15;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function asText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value.trim() : String(value).trim();
}

/** Excel turns long numeric ids into "1.23457E+18" when it saves CSV: the id is gone for good. */
const EXCEL_SCIENTIFIC_ID = /^\d(\.\d+)?e\+\d+$/i;

/** Exports that guard long ids from Excel write them as a formula of text: ="3721004455660001". */
const EXCEL_TEXT_FORMULA = /^="(.*)"$/;

export function parseId(value: unknown): Parsed<string> {
  const written = asText(value);
  const text = EXCEL_TEXT_FORMULA.exec(written)?.[1] ?? written;
  if (EXCEL_SCIENTIFIC_ID.test(text)) {
    return fail('excelRoundedId', { value: text });
  }
  return ok(text);
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, w: 1e4, 亿: 1e8, k: 1e3 };
const NUMBER_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*(万|w|亿|k)?\+?$/i;

/** Numbers with currency signs, thousands separators, 元, and the 万/亿 that Chinese dashboards use. */
export function parseNumber(value: unknown): Parsed<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('notFinite');
  const text = asText(value).replace(/[¥￥$,，\s]|元|rmb|cny/gi, '');
  const match = NUMBER_TEXT.exec(text);
  if (!match) return fail('notNumber', { value: asText(value) });
  const unit = match[2]?.toLowerCase();
  return ok(Number(match[1]) * (unit ? MULTIPLIERS[unit] : 1));
}

export function parseCount(value: unknown): Parsed<number> {
  const n = parseNumber(value);
  if (!n.ok) return n;
  if (n.value < 0) return fail('negative', { value: n.value });
  return ok(Math.round(n.value));
}

/** Prices and amounts: a negative one is a refund or a typo, and neither belongs in a sales column. */
export function parseMoney(value: unknown): Parsed<number> {
  const n = parseNumber(value);
  if (!n.ok) return n;
  if (n.value < 0) return fail('negativeMoney', { value: asText(value) });
  return n;
}

/**
 * A refund column (退款金额): the one place a negative amount is plain data. Back-ends write the
 * money returned as -30 or as 30; both mean 30 yuan went back, so the magnitude is kept. This is
 * the hook for kinds that read refunds (cells.optionalRefund); an amount or price column stays
 * parseMoney, which rejects a negative.
 */
export function parseRefund(value: unknown): Parsed<number> {
  const n = parseNumber(value);
  return n.ok ? ok(Math.abs(n.value)) : n;
}

/** Taobao and JD export 好评/中评/差评 instead of stars; they map to the ends and middle of 1-5. */
const RATING_WORDS: Record<string, number> = { 好评: 5, 中评: 3, 差评: 1 };
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export function parseRating(value: unknown): Parsed<number> {
  const text = asText(value);
  if (text in RATING_WORDS) return ok(RATING_WORDS[text]);
  const stars = text.match(/★/g)?.length;
  const n = stars ?? (typeof value === 'number' ? value : Number(text.replace(/\s*(星|分|stars?)$/i, '')));
  if (!Number.isFinite(n)) return fail('notRating', { value: text });
  if (n < RATING_MIN || n > RATING_MAX) return fail('ratingOutside', { value: n, min: RATING_MIN, max: RATING_MAX });
  return ok(n);
}

const DATE_TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.(\d{1,9}))?秒?)?)?\s*(z|[+-]\d{2}:?\d{2})?$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_MONTH = /^(\d{4})[-/.年](\d{1,2})月?$/;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * Epoch milliseconds to `Date.prototype.toISOString()`'s text for years 1000-9999, with integer
 * calendar arithmetic (Hinnant's civil-from-days): a Date object per cell cost more than the rest
 * of parsing the cell.
 */
export function isoFromMs(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = Math.round(rest - second * 1000);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${pad3(milli)}Z`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Spreadsheets and ISO text both stay within these years; outside them a "date" is a typo. */
const YEAR_MIN = 1000;
const YEAR_MAX = 9999;

function fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0, zone?: string): Parsed<string> {
  if (y < YEAR_MIN || y > YEAR_MAX || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return fail('dateOutOfRange');
  if (d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1])) return fail('notCalendarDate', { value: `${y}-${mo}-${d}` });
  let offset = OFFSET_MS;
  if (zone) {
    const z = zone.toLowerCase();
    offset = z === 'z' ? 0 : (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 3_600_000 + Number(z.slice(-2)) * 60_000);
  }
  return ok(isoFromMs(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset));
}

function fromNumber(n: number): Parsed<string> {
  if (n >= EXCEL_SERIAL_MIN && n <= EXCEL_SERIAL_MAX) return ok(isoFromMs(Math.round(EXCEL_EPOCH_MS + n * DAY_MS - OFFSET_MS)));
  if (n > LATEST_MS) return fail('notDate', { value: n });
  if (n >= UNIX_MS_MIN) return ok(new Date(n).toISOString());
  if (n >= UNIX_SECONDS_MIN) return ok(new Date(n * 1000).toISOString());
  const compact = COMPACT_DATE.exec(String(n));
  if (compact) return fromParts(+compact[1], +compact[2], +compact[3]);
  return fail('notDate', { value: n });
}

const DIGIT_0 = 0x30;
const digitAt = (text: string, i: number) => text.charCodeAt(i) - DIGIT_0;
const isDigitAt = (text: string, i: number) => digitAt(text, i) >= 0 && digitAt(text, i) <= 9;
const twoDigitsAt = (text: string, i: number) => digitAt(text, i) * 10 + digitAt(text, i + 1);
/** Positions of the digits in "2024-05-01 14:30:00" and of its separators. */
const FIXED_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const FIXED_MINUTES_LENGTH = 16;
const FIXED_SECONDS_LENGTH = 19;

/**
 * "2024-05-01 14:30:00" (or "/" between date parts, "T" before the time, no seconds), which is
 * nearly every platform export, read without the general pattern's match arrays. Says undefined
 * for anything else; what it accepts the general pattern reads the same way.
 */
function fixedDateTime(text: string): Parsed<string> | undefined {
  const length = text.length;
  if (length !== FIXED_MINUTES_LENGTH && length !== FIXED_SECONDS_LENGTH) return undefined;
  const dateSeparator = text[4];
  if ((dateSeparator !== '-' && dateSeparator !== '/') || text[7] !== dateSeparator) return undefined;
  if ((text[10] !== ' ' && text[10] !== 'T') || text[13] !== ':') return undefined;
  if (length === FIXED_SECONDS_LENGTH && text[16] !== ':') return undefined;
  for (const i of FIXED_DIGITS) if (i < length && !isDigitAt(text, i)) return undefined;
  const year = twoDigitsAt(text, 0) * 100 + twoDigitsAt(text, 2);
  const second = length === FIXED_SECONDS_LENGTH ? twoDigitsAt(text, 17) : 0;
  return fromParts(year, twoDigitsAt(text, 5), twoDigitsAt(text, 8), twoDigitsAt(text, 11), twoDigitsAt(text, 14), second);
}

/** Any of the common spellings to an ISO-8601 UTC instant. */
export function parseTime(value: unknown): Parsed<string> {
  // Spreadsheet readers hand out wall-clock times as if they were UTC.
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fail('notDate', { value: String(value) }) : ok(new Date(value.getTime() - OFFSET_MS).toISOString());
  }
  if (typeof value === 'number') return fromNumber(value);
  const text = asText(value);
  const fixed = fixedDateTime(text);
  if (fixed) return fixed;
  const m = DATE_TIME.exec(text);
  if (m) {
    const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return fromParts(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms, m[8]);
  }
  const ym = YEAR_MONTH.exec(text);
  if (ym) return fromParts(+ym[1], +ym[2], 1);
  if (/^\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text));
  return fail('notDate', { value: text });
}
