import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chunked, realChineseReviews, toCsv } from '../testing.js';
import type { SourceRecord } from '../types.js';
import { formatFromName, openSource } from './index.js';

async function all(records: AsyncIterable<SourceRecord>) {
  const out: SourceRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

const reviews = realChineseReviews(4);

describe('CSV reader', () => {
  it('reads GBK with quoted newlines and numbers rows as a spreadsheet does', async () => {
    const rows = [['类目', '评价内容'], ...reviews.map((r, i) => [r.category, i === 1 ? `${r.text}\n追评：还行` : r.text])];
    const table = await openSource('csv', chunked(iconv.encode(toCsv(rows), 'gbk'), 11));
    expect(table.headers).toEqual(['类目', '评价内容']);
    const records = await all(table.records);
    expect(records.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(records[1]).toEqual({ row: 3, cells: [reviews[1].category, `${reviews[1].text}\n追评：还行`] });
  });

  it('sniffs tab-separated exports', async () => {
    const tsv = `评价内容\t评分\n${reviews[0].text.replaceAll(/[\t\n]/g, ' ')}\t5\n`;
    const table = await openSource('csv', chunked(Buffer.from(tsv)));
    expect(table.headers).toEqual(['评价内容', '评分']);
    expect((await all(table.records))[0]).toMatchObject({ cells: [expect.any(String), '5'] });
  });

  it('says an empty file is empty', async () => {
    expect(await openSource('csv', chunked(Buffer.from('')))).toMatchObject({ headers: [], empty: true });
  });
});

describe('XLSX reader', () => {
  it('streams the first sheet with dates, numbers and rich text as plain values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('评价');
    sheet.addRow([]);
    sheet.addRow(['评价内容', '评分', '评价时间']);
    sheet.addRow([reviews[0].text, 5, new Date(Date.UTC(2024, 4, 1, 14, 30))]);
    sheet.addRow([{ richText: [{ text: '很' }, { text: '好' }] }, 4, '2024-05-02']);
    workbook.addWorksheet('说明').addRow(['not data']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await openSource('xlsx', chunked(bytes, 4096));
    expect(table.headers).toEqual(['评价内容', '评分', '评价时间']);
    const records = await all(table.records);
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual({ row: 3, cells: [reviews[0].text, 5, new Date(Date.UTC(2024, 4, 1, 14, 30))] });
    expect(records[1]).toEqual({ row: 4, cells: ['很好', 4, '2024-05-02'] });
  });
});

describe('JSON readers', () => {
  it('streams array elements numbered from 1', async () => {
    const json = JSON.stringify(reviews.map((r) => ({ content: r.text, rating: 5 })));
    const records = await all((await openSource('json', chunked(Buffer.from(json), 13))).records);
    expect(records).toHaveLength(4);
    expect(records[3]).toEqual({ row: 4, object: { content: reviews[3].text, rating: 5 } });
  });

  it('reads the records before a break, then gives the break as one record, however the bytes are cut', async () => {
    const good = reviews.slice(0, 3).map((r, i) => JSON.stringify({ content: r.text, rating: i + 3 }));
    const files = {
      cutInRecord: `[\n${good.join(',\n')},\n{"content": "${reviews[3].text.slice(0, 5)}`,
      noClosingBracket: `[${good.join(',')}\n`,
      garbledTail: `[\n${good.join(',\n')},\n\u0000\u0000 garbage\n${good[0]}\n]\n`,
    };
    const expected = {
      cutInRecord: { row: 4, broken: { code: 'jsonEndsInRecord', params: { line: 5 } }, cutShort: { line: 5 } },
      noClosingBracket: { row: 4, broken: { code: 'jsonNoArrayEnd', params: { line: 1 } }, cutShort: { line: 1 } },
      garbledTail: { row: 4, broken: { code: 'jsonBrokenTail', params: { line: 5, last: 7 } }, cutShort: { line: 5 } },
    };
    for (const chunkSize of [1, 5, 64, 4096]) {
      for (const [name, text] of Object.entries(files)) {
        const records = await all((await openSource('json', chunked(Buffer.from(text), chunkSize))).records);
        expect(records.slice(0, 3)).toEqual(reviews.slice(0, 3).map((r, i) => ({ row: i + 1, object: { content: r.text, rating: i + 3 } })));
        expect(records).toHaveLength(4);
        expect(records[3]).toMatchObject(expected[name as keyof typeof expected]);
      }
    }
  });

  it('rejects an element that does not parse and reads on when the array holds together', async () => {
    const json = `[{"content": "${reviews[0].text}"},\n{"content":\n oops},\n{"content": "${reviews[1].text}"}, [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`;
    const records = await all((await openSource('json', chunked(Buffer.from(json), 11))).records);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(records[1]).toMatchObject({ broken: { code: 'notJsonLines', params: { from: 2, to: 3 } } });
    expect(records[2]).toEqual({ row: 3, object: { content: reviews[1].text } });
    expect(records[3]).toMatchObject({ broken: { code: 'tooDeep' } });
  });

  it('refuses JSON that is not an array', async () => {
    const table = await openSource('json', chunked(Buffer.from('{"content": "x"}')));
    await expect(all(table.records)).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('turns a JSONL line that is not JSON into a broken record and carries on', async () => {
    const jsonl = [JSON.stringify({ content: reviews[0].text }), '', '{"content": oops', JSON.stringify({ content: reviews[1].text })].join('\n');
    const records = await all((await openSource('jsonl', chunked(Buffer.from(jsonl)))).records);
    expect(records.map((r) => r.row)).toEqual([1, 3, 4]);
    expect(records[1]).toMatchObject({ row: 3, broken: { code: 'notJson' } });
  });
});

describe('formatFromName', () => {
  it('maps endings and refuses old .xls', () => {
    expect(formatFromName('评价导出.CSV')).toBe('csv');
    expect(formatFromName('orders.ndjson')).toBe('jsonl');
    expect(() => formatFromName('订单.xls')).toThrow(expect.objectContaining({ key: 'import_old_xls' }));
    expect(() => formatFromName('notes.pdf')).toThrow(expect.objectContaining({ key: 'import_unknown_format', params: { name: 'notes.pdf' } }));
  });
});
