import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Review } from '../domain/types.js';
import { openSource } from './readers/index.js';
import { runImport, type ImportSink } from './run.js';
import { chunked, realChineseReviews } from './testing.js';
import type { ImportedRecord } from './types.js';

/**
 * Files built the way damaged exports look: good rows interleaved with every class of bad row, in
 * random positions and encodings. Whatever the mix, every good row lands exactly once, every bad
 * row is rejected on its own line, and what an earlier import stored stays as it was.
 */
const HEADER = '评价ID,评分,评价内容,评价时间';
/** Small enough that a test file can hold cells over it. */
const MAX_CELL = 300;
const texts = realChineseReviews(60).map((r) => r.text.replace(/[\r\n]+/g, ' ').trim()).filter((t) => t !== '' && t.length < MAX_CELL);

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const goodLine = (id: string, rating: number, text: string, day: number) =>
  `${id},${rating},${quote(text)},2024-05-${String(day).padStart(2, '0')} 10:00`;

type Bad = 'unclosedQuote' | 'longCell' | 'undecodable' | 'oldDate' | 'futureDate' | 'rating' | 'conflict';
type Line = { good: true; id: string; rating: number; text: string; day: number } | { good: false; bad: Bad; seed: number } | { duplicate: number };
const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le-bom', 'utf-8 with gbk lines'] as const;

const lineArb: fc.Arbitrary<Line> = fc.oneof(
  // bounded-arguments: 60 sample texts
  { weight: 6, arbitrary: fc.record({ rating: fc.integer({ min: 1, max: 5 }), text: fc.constantFrom(...texts), day: fc.integer({ min: 1, max: 28 }) }).map((g) => ({ good: true as const, id: '', ...g })) },
  { weight: 3, arbitrary: fc.record({ bad: fc.constantFrom<Bad>('unclosedQuote', 'longCell', 'undecodable', 'oldDate', 'futureDate', 'rating', 'conflict'), seed: fc.nat() }).map((b) => ({ good: false as const, ...b })) },
  { weight: 1, arbitrary: fc.nat().map((n) => ({ duplicate: n })) },
);

/** Bytes the encoding cannot hold: for UTF-16 a lone surrogate, for the rest bytes no Chinese encoding reads. */
const garbage = (encoding: (typeof ENCODINGS)[number]) =>
  encoding === 'utf-16le-bom' ? Buffer.from([0x00, 0xd8, 0x41, 0x00]) : Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0xff]);

function encode(text: string, encoding: (typeof ENCODINGS)[number], gbkLine: boolean): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  if (encoding === 'utf-16le-bom') return iconv.encode(text, 'utf-16le');
  return encoding === 'utf-8 with gbk lines' && gbkLine ? iconv.encode(text, 'gbk') : Buffer.from(text);
}

interface Built {
  bytes: Buffer;
  /** Good rows by id: the text that must land. */
  landing: Map<string, string>;
  /** Rows that must be rejected. */
  rejectedRows: number[];
  duplicates: number;
}

function buildFile(lines: Line[], encoding: (typeof ENCODINGS)[number]): Built {
  const parts: Buffer[] = [encoding === 'utf-16le-bom' ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), encode(`${HEADER}\r\n`, encoding, false)];
  const landing = new Map<string, string>();
  const goodLines: string[] = [];
  const goodIds: string[] = [];
  const rejectedRows: number[] = [];
  let duplicates = 0;
  lines.forEach((line, i) => {
    const row = i + 2;
    const id = `r${row}`;
    let text: string;
    if ('duplicate' in line && goodLines.length > 0) {
      text = goodLines[line.duplicate % goodLines.length];
      duplicates++;
    } else if ('duplicate' in line) {
      // Nothing to repeat yet: a good row instead.
      text = goodLine(id, 5, '好', 1);
      landing.set(id, '好');
      goodLines.push(text);
      goodIds.push(id);
    } else if (line.good) {
      text = goodLine(id, line.rating, line.text, line.day);
      landing.set(id, line.text);
      goodLines.push(text);
      goodIds.push(id);
    } else {
      rejectedRows.push(row);
      const some = texts[line.seed % texts.length].replaceAll('"', '');
      switch (line.bad) {
        case 'unclosedQuote':
          text = `${id},5,"${some.replaceAll(',', '，')},2024-05-01 10:00`;
          break;
        case 'longCell':
          text = `${id},5,${'长'.repeat(MAX_CELL + 1 + (line.seed % 50))},2024-05-01 10:00`;
          break;
        case 'undecodable':
          parts.push(encode(`${id},5,`, encoding, false), garbage(encoding), encode(`,2024-05-01 10:00\r\n`, encoding, false));
          return;
        case 'oldDate':
          text = goodLine(id, 5, some, 1).replace('2024-05-01', '1970-01-01');
          break;
        case 'futureDate':
          text = goodLine(id, 5, some, 1).replace('2024-05-01', '2998-01-01');
          break;
        case 'rating':
          text = goodLine(id, 9, some, 1);
          break;
        case 'conflict': {
          if (goodIds.length === 0) {
            rejectedRows.pop();
            text = goodLine(id, 5, some, 2);
            landing.set(id, some);
            goodLines.push(text);
            goodIds.push(id);
            break;
          }
          const earlier = goodIds[line.seed % goodIds.length];
          text = goodLine(earlier, 5, `改过的：${some}`, 3);
          break;
        }
      }
    }
    parts.push(encode(`${text}\r\n`, encoding, row % 3 === 0));
  });
  return { bytes: Buffer.concat(parts), landing, rejectedRows, duplicates };
}

function memorySink(records: Map<string, ImportedRecord<'reviews'>>): ImportSink<'reviews'> {
  return {
    async commit(batch) {
      let landed = 0;
      for (const r of batch) {
        if (records.has(r.id)) continue;
        records.set(r.id, r);
        landed++;
      }
      return landed;
    },
  };
}

/** What an earlier import stored, including an id the new files also use (r2) with other content. */
function earlierImport(): Map<string, ImportedRecord<'reviews'>> {
  const earlier: Review = {
    merchantId: 'm1', id: 'r2', platform: 'tmall', productId: null, rating: 3, text: '早先导入的评价', language: 'zh',
    reviewedAt: '2023-01-01T02:00:00.000Z', helpfulVotes: 0, author: null,
  };
  return new Map([[earlier.id, earlier], ['e1', { ...earlier, id: 'e1' }]]);
}

describe('import of files mixing good rows with every kind of damage', () => {
  it('lands every good row once, rejects every bad row on its line, and leaves earlier data alone', async () => {
    await fc.assert(
      // bounded-arguments: four encodings
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 40 }), fc.constantFrom(...ENCODINGS), fc.integer({ min: 3, max: 97 }), async (lines, encoding, chunkSize) => {
        const file = buildFile(lines, encoding);
        const stored = earlierImport();
        const before = structuredClone([...stored.entries()]);
        const summary = await runImport({
          kind: 'reviews',
          merchantId: 'm1',
          source: await openSource('csv', chunked(file.bytes, chunkSize), { maxCellChars: MAX_CELL }),
          sink: memorySink(stored),
          batchRows: 7,
        });
        const rejectedRows = [...new Set(summary.rejects.map((r) => r.row))].sort((a, b) => a - b);
        expect(rejectedRows).toEqual(file.rejectedRows);
        for (const [id, text] of file.landing) {
          if (before.some(([earlierId]) => earlierId === id)) continue;
          expect(stored.get(id)?.text).toBe(text);
        }
        expect(summary.landed).toBe([...file.landing.keys()].filter((id) => !before.some(([e]) => e === id)).length);
        for (const [id, record] of before) expect(stored.get(id)).toEqual(record);
        expect([...stored.values()].some((r) => r.text.includes('\uFFFD'))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('lands every good record of a JSON array before it breaks, and names the break as one reject', async () => {
    type Element = { good: true; text: string; rating: number } | { good: false; bad: 'notJson' | 'tooDeep' | 'rating' | 'futureDate'; seed: number };
    const elementArb: fc.Arbitrary<Element> = fc.oneof(
      // bounded-arguments: 60 sample texts
      { weight: 4, arbitrary: fc.record({ text: fc.constantFrom(...texts), rating: fc.integer({ min: 1, max: 5 }) }).map((g) => ({ good: true as const, ...g })) },
      { weight: 1, arbitrary: fc.record({ bad: fc.constantFrom('notJson', 'tooDeep', 'rating', 'futureDate'), seed: fc.nat() }).map((b) => ({ good: false as const, ...b })) },
    );
    const element = (e: Element, id: string): string => {
      if (e.good) return JSON.stringify({ 评价ID: id, 评分: e.rating, 评价内容: e.text, 评价时间: '2024-05-01 10:00' });
      const some = texts[e.seed % texts.length];
      switch (e.bad) {
        case 'notJson':
          return `{"评价ID": "${id}", "评价内容": ${some.slice(0, 8)}}`;
        case 'tooDeep':
          return `{"评价ID": "${id}", "评价内容": ${'['.repeat(40)}${JSON.stringify(some)}${']'.repeat(40)}}`;
        case 'rating':
          return JSON.stringify({ 评价ID: id, 评分: 9, 评价内容: some, 评价时间: '2024-05-01 10:00' });
        case 'futureDate':
          return JSON.stringify({ 评价ID: id, 评分: 5, 评价内容: some, 评价时间: '2998-05-01 10:00' });
      }
    };
    // How the file ends: whole, cut inside a record, without its closing bracket, or in garbled text.
    const endings = ['whole', 'cutInRecord', 'noClosingBracket', 'garbledTail'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.array(elementArb, { minLength: 0, maxLength: 30 }),
        // bounded-arguments: four endings
        fc.constantFrom(...endings),
        fc.boolean(),
        fc.integer({ min: 3, max: 97 }),
        fc.nat(),
        async (elements, ending, onePerLine, chunkSize, cutAt) => {
          const separator = onePerLine ? ',\n' : ',';
          const body = elements.map((e, i) => element(e, `j${i + 1}`)).join(separator);
          const next = element({ good: true, text: texts[cutAt % texts.length], rating: 5 }, 'after');
          const open = onePerLine ? '[\n' : '[';
          const text = {
            whole: `${open}${body}\n]\n`,
            cutInRecord: `${open}${body}${elements.length > 0 ? separator : ''}${next.slice(0, 1 + (cutAt % (next.length - 1)))}`,
            noClosingBracket: `${open}${body}\n`,
            garbledTail: `${open}${body}${elements.length > 0 ? separator : ''}锟斤拷烫烫烫\n${next}\n]\n`,
          }[ending];
          const stored = earlierImport();
          const before = structuredClone([...stored.entries()]);
          const summary = await runImport({
            kind: 'reviews', merchantId: 'm1', source: await openSource('json', chunked(Buffer.from(text), chunkSize)), sink: memorySink(stored), batchRows: 7,
          });
          const broken = ending === 'whole' ? [] : [elements.length + 1];
          const badRows = elements.flatMap((e, i) => (e.good ? [] : [i + 1]));
          expect(summary.rejects.map((r) => r.row)).toEqual([...badRows, ...broken]);
          expect(summary.notice?.code).toBe(ending === 'whole' ? (elements.length === 0 ? 'noRecords' : undefined) : 'cutShort');
          elements.forEach((e, i) => {
            const id = `j${i + 1}`;
            expect(stored.get(id)?.text).toBe(e.good ? e.text : undefined);
          });
          expect(stored.has('after')).toBe(false);
          expect(summary.landed).toBe(elements.filter((e) => e.good).length);
          for (const [id, record] of before) expect(stored.get(id)).toEqual(record);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('reads a file of runaway cells and quotes in bounded memory', async () => {
    // A 64 MB cell without quotes, then a quote that never closes over 64 MB of lines, good rows around them.
    const MB = 1024 * 1024;
    let peak = 0;
    // Live memory, not garbage waiting for a collection: collect, then look.
    const measure = () => {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    };
    async function* file(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${HEADER}\r\n${goodLine('a1', 5, texts[0], 1)}\r\nhuge,5,`);
      for (let i = 0; i < 64; i++) {
        measure();
        yield Buffer.alloc(MB, 'x');
      }
      yield Buffer.from(`,2024-05-01 10:00\r\n${goodLine('a2', 4, texts[1], 2)}\r\nopen,5,"从这里开始引号没有闭合\r\n`);
      const filler = Buffer.from('no quote on this line, nor on the next one\r\n'.repeat(MB / 44));
      for (let i = 0; i < 64; i++) {
        measure();
        yield filler;
      }
      yield Buffer.from(`${goodLine('a3', 3, texts[2], 3)}\r\n`);
    }
    const stored = new Map<string, ImportedRecord<'reviews'>>();
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    const summary = await runImport({ kind: 'reviews', merchantId: 'm1', source: await openSource('csv', file()), sink: memorySink(stored) });
    measure();
    expect([...stored.keys()].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(summary.rejects.slice(0, 2).map((r) => [r.row, r.reason])).toEqual([[3, '单元格超过 65536 个字符'], [5, '引号没有闭合']]);
    // Holding either runaway whole would take 64 MB of heap; a chunk or two in flight is all there is.
    expect(peak).toBeLessThan(16 * MB);
  });
});
