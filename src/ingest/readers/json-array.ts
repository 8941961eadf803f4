import { badInput } from '../../domain/errors.js';
import { problem } from '../../messages/imports.js';
import type { SourceRecord } from '../types.js';
import { REJECT_VALUE_CHARS } from './csv-splitter.js';

/**
 * A JSON array of records read element by element: each element's text is found by its brackets
 * (strings and escapes respected, lines counted) and parsed on its own, so memory holds one element,
 * an element that does not parse is a reject while the rest carry on, and a file that breaks
 * part-way (cut off mid-record, garbage after a record, no closing `]`) keeps the records before the
 * break, which becomes one reject naming its line. Nothing after the break is read as records.
 */

/**
 * How deep a record's JSON may nest. A row is an object of cells, perhaps with a list or two inside;
 * beyond this it is not a row, and walking it (to text, to a worker thread) could overflow the stack.
 */
export const MAX_JSON_DEPTH = 32;

const LF = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isBlank = (c: number) => c === 0x20 || c === LF || c === 0x0d || c === 0x09;

/** What the scanner expects next. */
type Phase = 'start' | 'element' | 'separator' | 'inside' | 'end';

/** How much of the text found at a break the reason quotes (the reject's value shows more). */
const FOUND_CHARS = 20;

const sample = (text: string) => (text.length > REJECT_VALUE_CHARS ? `${text.slice(0, REJECT_VALUE_CHARS)}…` : text);

export async function* jsonArrayRecords(text: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  let phase = 'start' as Phase;
  let line = 1;
  let element = 0;
  // The element being read: its text so far (earlier chunks), where it started, its nesting.
  let pieces: string[] = [];
  let startLine = 0;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let escaped = false;
  // The line of the last punctuation or element end: where a file that stops short stopped.
  let lastLine = 1;

  /** A whole element as a record; a container that does not parse is a reject, and reading carries on. */
  const finish = (body: string): SourceRecord => {
    lastLine = line;
    if (deepest > MAX_JSON_DEPTH) return { row: element, broken: problem('tooDeep', { max: MAX_JSON_DEPTH }) };
    try {
      return { row: element, object: JSON.parse(body) };
    } catch (error) {
      const detail = (error as Error).message;
      const reason = line > startLine ? problem('notJsonLines', { from: startLine, to: line, detail }) : problem('notJson', { detail });
      return { row: element, broken: reason, value: sample(body) };
    }
  };

  /**
   * The break, at `breakLine` where `found` stands: one reject in place of the element that would
   * come next, saying how far the unread rest goes (its lines are counted, not kept).
   */
  async function* breakAt(breakLine: number, found: string, chunk: string, at: number, rest: AsyncIterator<string>): AsyncGenerator<SourceRecord> {
    let last = line;
    let tail = chunk;
    for (let i = chunk.indexOf('\n', at); i >= 0; i = chunk.indexOf('\n', i + 1)) last++;
    for (let next = await rest.next(); !next.done; next = await rest.next()) {
      tail = next.value;
      for (let i = tail.indexOf('\n'); i >= 0; i = tail.indexOf('\n', i + 1)) last++;
    }
    // A file's last line may end with a line break; it starts no line of its own.
    if (last > breakLine && tail.endsWith('\n')) last--;
    const shownFound = found.split('\n', 1)[0].trim().slice(0, FOUND_CHARS);
    const reason = problem('jsonBrokenTail', { line: breakLine, found: shownFound, last });
    yield { row: element, broken: reason, value: sample(found), cutShort: { line: breakLine } };
  }

  const iterator = text[Symbol.asyncIterator]();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const chunk = next.value;
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (phase === 'inside') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === BACKSLASH) escaped = true;
          else if (c === QUOTE) inString = false;
          if (c === LF) line++;
          if (inString || depth > 0) continue;
          // A string at the top level is a whole element.
          phase = 'separator';
          yield finish(pieces.join('') + chunk.slice(from, i + 1));
          continue;
        }
        if (c === QUOTE) inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          depth++;
          if (depth > deepest) deepest = depth;
        } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) {
          if (--depth === 0) {
            phase = 'separator';
            yield finish(pieces.join('') + chunk.slice(from, i + 1));
          }
        } else if (depth === 0 && (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || isBlank(c))) {
          // A bare number, true, false or null ends where the array's punctuation starts; any other
          // bare word means the array's structure is lost from here on.
          phase = 'separator';
          const body = pieces.join('') + chunk.slice(from, i);
          const record = finish(body);
          if ('broken' in record) {
            yield* breakAt(startLine, body + chunk.slice(i, i + REJECT_VALUE_CHARS), chunk, i, iterator);
            return;
          }
          yield record;
          i--;
        } else if (c === LF) line++;
        continue;
      }
      if (c === LF) line++;
      if (isBlank(c)) continue;
      lastLine = line;
      if (phase === 'start') {
        if (c !== OPEN_BRACKET) throw badInput({ key: 'import_json_not_array' }, { found: chunk.slice(i, i + 20) });
        phase = 'element';
      } else if (phase === 'element' && c === CLOSE_BRACKET) {
        phase = 'end';
      } else if (phase === 'element') {
        element++;
        phase = 'inside';
        pieces = [];
        from = i;
        startLine = line;
        depth = 0;
        deepest = 0;
        inString = false;
        escaped = false;
        i--;
      } else if (phase === 'separator' && c === COMMA) {
        phase = 'element';
      } else if (phase === 'separator' && c === CLOSE_BRACKET) {
        phase = 'end';
      } else {
        // Text where only a comma, the array's end or nothing may stand.
        element++;
        yield* breakAt(line, chunk.slice(i, i + REJECT_VALUE_CHARS + 1), chunk, i, iterator);
        return;
      }
    }
    if (phase === 'inside') pieces.push(chunk.slice(from));
  }
  if (phase === 'end') return;
  // The file ends inside a record, or before the array's closing bracket.
  const cutLine = phase === 'inside' ? startLine : lastLine;
  const reason = phase === 'inside' ? problem('jsonEndsInRecord', { line: cutLine }) : problem('jsonNoArrayEnd', { line: cutLine });
  yield { row: phase === 'inside' ? element : element + 1, broken: reason, value: phase === 'inside' ? sample(pieces.join('')) : '', cutShort: { line: cutLine } };
}
