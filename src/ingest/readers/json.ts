import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { badInput } from '../../domain/errors.js';
import type { SourceRecord, SourceTable } from '../types.js';

/** A JSON array of objects, element by element; row = element number from 1. Memory holds one element. */
export function readJsonArray(text: AsyncIterable<string>): SourceTable {
  const elements = Readable.from(text).pipe(streamArray.withParserAsStream());
  async function* records(): AsyncGenerator<SourceRecord> {
    try {
      for await (const { key, value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
        yield { row: key + 1, object: value };
      }
    } catch (error) {
      throw badInput(`the JSON file must be one array of objects: ${(error as Error).message}`);
    }
  }
  return { headers: undefined, records: records() };
}

/** One JSON object per line; row = line number. A line that is not JSON is a reject, not a failure. */
export function readJsonLines(text: AsyncIterable<string>): SourceTable {
  const lines = createInterface({ input: Readable.from(text), crlfDelay: Infinity });
  async function* records(): AsyncGenerator<SourceRecord> {
    let row = 0;
    for await (const line of lines) {
      row++;
      if (line.trim() === '') continue;
      try {
        yield { row, object: JSON.parse(line) };
      } catch (error) {
        yield { row, broken: `not JSON: ${(error as Error).message}` };
      }
    }
  }
  return { headers: undefined, records: records() };
}
