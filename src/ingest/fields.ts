import { z } from 'zod';
import { registerCellParser } from './fast-row.js';
import { problem } from '../messages/imports.js';
import { asText, isBlank, parseCount, parseId, parseMoney, parseNumber, parseRating, parseRefund, parseTime, type Parsed } from './values.js';

/**
 * zod types for cells. A cell arrives as whatever the reader produced (string, number, Date, null);
 * each type turns it into the domain value or an issue whose message the rejects report shows.
 */
export function cell<T>(parse: (value: unknown) => Parsed<T>) {
  const schema = z.unknown().transform((value, ctx): T => {
    const result = parse(value);
    if (result.ok) return result.value;
    // The message is the catalogue key; the report words it in the merchant's language.
    ctx.addIssue({ code: 'custom', message: result.reason.code, params: result.reason.params });
    return z.NEVER;
  });
  return registerCellParser(schema, parse);
}

const EMPTY = problem('empty');

function required<T>(parse: (value: unknown) => Parsed<T>) {
  return cell<T>((value) => (isBlank(value) ? { ok: false, reason: EMPTY } : parse(value)));
}

function optional<T, D>(parse: (value: unknown) => Parsed<T>, fallback: D) {
  return cell<T | D>((value) => (isBlank(value) ? { ok: true, value: fallback } : parse(value)));
}

const text = (value: unknown): Parsed<string> => ({ ok: true, value: asText(value) });

export const cells = {
  text: required(text),
  optionalText: optional(text, null),
  id: required(parseId),
  optionalId: optional(parseId, null),
  time: required(parseTime),
  optionalTime: optional(parseTime, null),
  rating: optional(parseRating, null),
  /** Likes, votes, shares: a missing count is zero, not unknown. */
  count: optional(parseCount, 0),
  number: required(parseNumber),
  optionalNumber: optional(parseNumber, null),
  /** Amounts and prices: a negative one is rejected (a refund belongs in a refund column). */
  optionalMoney: optional(parseMoney, null),
  /** A refund column's money back, negative or not (see parseRefund); only a refund column may use it. */
  optionalRefund: optional(parseRefund, null),
};
