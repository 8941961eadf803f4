import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { problem } from '../../messages/imports.js';
import type { SourceRecord, SourceTable } from '../types.js';
import { jsonArrayRecords, MAX_JSON_DEPTH } from './json-array.js';

/** Nesting depth of JSON text, counted without parsing (brackets inside strings do not count). */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

const tooDeep = (row: number): SourceRecord => ({ row, broken: problem('tooDeep', { max: MAX_JSON_DEPTH }) });

/**
 * The text after its leading blank chunks, or `empty` when there is nothing else: an empty (or
 * all-blank) JSON file is said to be empty, not to be a broken array. Blank chunks are dropped, so
 * memory holds one chunk however much blank space comes first.
 */
async function skipBlankStart(text: AsyncIterable<string>): Promise<{ empty: true } | { empty: false; text: AsyncIterable<string> }> {
  const iterator = text[Symbol.asyncIterator]();
  let next = await iterator.next();
  while (!next.done && next.value.trim() === '') next = await iterator.next();
  if (next.done) return { empty: true };
  const first = next.value;
  async function* rest() {
    yield first;
    for (let more = await iterator.next(); !more.done; more = await iterator.next()) yield more.value;
  }
  return { empty: false, text: rest() };
}

const NO_RECORDS = (async function* () {})();

/** A JSON array of objects, element by element (see `jsonArrayRecords`); row = element number from 1. */
export async function readJsonArray(input: AsyncIterable<string>): Promise<SourceTable> {
  const start = await skipBlankStart(input);
  if (start.empty) return { headers: undefined, records: NO_RECORDS, empty: true };
  return { headers: undefined, records: jsonArrayRecords(start.text) };
}

/** One JSON object per line; row = line number. A line that is not JSON is a reject, not a failure. */
export async function readJsonLines(input: AsyncIterable<string>): Promise<SourceTable> {
  const start = await skipBlankStart(input);
  if (start.empty) return { headers: undefined, records: NO_RECORDS, empty: true };
  const lines = createInterface({ input: Readable.from(start.text), crlfDelay: Infinity });
  async function* records(): AsyncGenerator<SourceRecord> {
    let row = 0;
    for await (const line of lines) {
      row++;
      if (line.trim() === '') continue;
      if (jsonTextDepth(line) > MAX_JSON_DEPTH) {
        yield tooDeep(row);
        continue;
      }
      try {
        yield { row, object: JSON.parse(line) };
      } catch (error) {
        yield { row, broken: problem('notJson', { detail: (error as Error).message }) };
      }
    }
  }
  return { headers: undefined, records: records() };
}
