import type { CliKey, MessageParams } from '../messages/keys.js';
import { cliText, localeFrom, valueText } from '../messages/render.js';

/**
 * Chinese unless KAIKUAN_LANG asks for English (KAIKUAN_LANG=en). The terminal's LANG is not read: it is
 * en_US on most Chinese merchants' machines too.
 */
export const cliLocale = () => localeFrom(process.env.KAIKUAN_LANG);

/** A text of the CLI (src/messages/cli.ts) in the reader's language. */
export const say = (key: CliKey, params?: MessageParams): string => cliText(cliLocale(), key, params);

/** A result's value (an RFM segment, a market factor …) in the reader's words: `term('segment', 'champions')`. */
export const term = (kind: string, value: string): string => valueText(cliLocale(), kind, value);
