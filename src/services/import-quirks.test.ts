import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { renderError } from '../messages/render.js';
import { createMerchant } from '../store/accounts.js';
import { listImportRejects } from '../store/import-jobs.js';
import { importFile } from './imports.js';
import { storesUnderTest } from '../store/testing.js';
import { SHOPS_A_AND_B, useFreshStore, type TestStore } from '../store/test-hooks.js';

/** One tiny byte-exact file per quirk of real exports (see src/ingest/fixtures/README.md). */
const fixture = (name: string) => fileURLToPath(new URL(`../ingest/fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kaikuan-quirks-'));
const reviewIds = async (store: TestStore, merchant = 'a') =>
  (await store.db.selectFrom('review').select(['id', 'text']).where('merchant_id', '=', merchant).orderBy('id').execute());

describe.each(storesUnderTest())('import quirks on $name', (under) => {
  const store = useFreshStore(under, { merchants: SHOPS_A_AND_B });
  const run = (name: string, options: Partial<Parameters<typeof importFile>[2]> = {}) =>
    importFile(store, 'a', { kind: 'reviews', path: fixture(name), ...options });

  it('reads a UTF-8 file with GBK lines, Excel Unicode text (UTF-16LE BOM), UTF-16BE without BOM and Big5', async () => {
    expect(await run('utf8-with-gbk-lines.csv')).toMatchObject({ rowsRead: 5, landed: 5, rejected: 0 });
    expect(await run('utf16le-bom.txt', { format: 'csv' })).toMatchObject({ landed: 2, rejected: 0 });
    expect(await run('utf16be-no-bom.csv')).toMatchObject({ landed: 2, rejected: 0 });
    expect(await run('big5.csv')).toMatchObject({ landed: 3, rejected: 0 });
    const texts = Object.fromEntries((await reviewIds(store)).map((r) => [r.id, r.text]));
    expect(texts).toMatchObject({ r2: '质量不错，就是快递有点慢', r4: '盖子裂了，客服不理人', u1: '很好用，值得买', b2: '一般般', t1: '質量很好，顏色喜歡' });
    expect(Object.values(texts).some((t) => t.includes('\uFFFD'))).toBe(false);
  });

  it('rejects a line no encoding reads by its row, and lands the rest', async () => {
    const result = await run('undecodable-line.csv');
    expect(result).toMatchObject({ landed: 2, rejected: 1 });
    expect(result.rejects).toEqual([{ row: 3, field: '评价内容', value: expect.stringContaining('\uFFFD'), reason: '这一行的文字编码无法识别（乱码），没有导入' }]);
  });

  it('rejects an unclosed quote on its row and reads on from the next line', async () => {
    const result = await run('unclosed-quote.csv');
    expect(result).toMatchObject({ rowsRead: 4, landed: 3, rejected: 1 });
    expect(result.rejects).toEqual([{ row: 3, field: '评价内容', value: 'q2,4,"盖子有点紧,2024-05-02 10:00', reason: '引号没有闭合' }]);
    expect(await listImportRejects(store, 'a', result.jobId)).toEqual(result.rejects);
    const ids = (await reviewIds(store)).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['q1', 'q3', 'q4']));
    expect(ids).not.toContain('q2');
  });

  it('rejects the row of a cell over the cap, not the file', async () => {
    const result = await run('long-cell.csv');
    expect(result).toMatchObject({ landed: 2, rejected: 1 });
    expect(result.rejects[0]).toMatchObject({ row: 3, field: '评价内容', reason: '单元格超过 65536 个字符' });
  });

  it('tells duplicates from conflicts inside a file, naming both rows', async () => {
    const result = await run('duplicates-conflicts.csv');
    expect(result).toMatchObject({ rowsRead: 5, landed: 3, duplicates: 1, conflicts: 1, rejected: 0 });
    expect(result.rejects).toEqual([{ row: 5, field: '评价ID', value: 'd2', reason: '编号与第 3 行相同，但内容不同' }]);
    expect((await reviewIds(store)).find((r) => r.id === 'd2')?.text).toBe('还行');
    // Read on a second thread (as files from 16 MB are), the counts are the same.
    const parallel = await importFile(store, 'b', { kind: 'reviews', path: fixture('duplicates-conflicts.csv'), parallel: true });
    expect(parallel).toMatchObject({ landed: 3, duplicates: 1, conflicts: 1, rejected: 0 });
  });

  it('rejects dates before 2000 or after tomorrow and ratings off the scale; a wider window takes old dates', async () => {
    const result = await run('implausible.csv', { locale: 'en' });
    expect(result).toMatchObject({ landed: 2, rejected: 3 });
    expect(result.rejects).toEqual([
      { row: 3, field: '评价时间', value: '2998-01-01 10:00', reason: 'date 2998-01-01 10:00 is after tomorrow' },
      { row: 4, field: '评价时间', value: '1970-01-01 08:00', reason: 'date 1970-01-01 08:00 is before 2000-01-01 (the window can be widened for historical data)' },
      { row: 5, field: '评分', value: '7', reason: 'rating 7 is outside 1-5' },
    ]);
    const historical = await importFile(store, 'b', { kind: 'reviews', path: fixture('implausible.csv'), earliest: '1960-01-01' });
    expect(historical).toMatchObject({ landed: 3, rejected: 2 });
  });

  it('rejects negative amounts and orders from 2100', async () => {
    const result = await importFile(store, 'a', { kind: 'orders', path: fixture('orders-implausible.csv') });
    expect(result).toMatchObject({ landed: 2, rejected: 2 });
    expect(result.rejects.map((r) => [r.row, r.field, r.value])).toEqual([[3, '实付金额', '-100'], [4, '下单时间', '2100-01-01 10:00']]);
  });

  it.each([
    ['duplicates-conflicts.csv', 'reviews'],
    ['implausible.csv', 'reviews'],
    ['orders-implausible.csv', 'orders'],
  ] as const)('reads the rows of %s the same from XLSX and JSONL', async (name, kind) => {
    const rows = parse(readFileSync(fixture(name)), { relax_column_count: true, bom: true }) as string[][];
    const [header, ...body] = rows;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('数据');
    for (const row of rows) sheet.addRow(row);
    const xlsx = join(dir, `${name}-${under.name}.xlsx`);
    writeFileSync(xlsx, Buffer.from(await book.xlsx.writeBuffer()));
    const jsonl = join(dir, `${name}-${under.name}.jsonl`);
    writeFileSync(jsonl, body.map((cells) => JSON.stringify(Object.fromEntries(header.map((h, i) => [h, cells[i]])))).join('\n'));

    const into = async (merchant: string, path: string) => {
      await createMerchant(store, { id: merchant, name: merchant });
      return importFile(store, merchant, { kind, path });
    };
    const counts = (r: Awaited<ReturnType<typeof importFile>>) => [r.rowsRead, r.landed, r.duplicates, r.conflicts, r.rejected];
    const fromCsv = await into(`${name}-csv`, fixture(name));
    expect(fromCsv.rejected + fromCsv.conflicts).toBeGreaterThan(0);
    const fromXlsx = await into(`${name}-xlsx`, xlsx);
    expect(counts(fromXlsx)).toEqual(counts(fromCsv));
    expect(fromXlsx.rejects).toEqual(fromCsv.rejects);
    // A JSONL line has no header above it: its row is one less, in the rejects and in the rows they name.
    const fromJsonl = await into(`${name}-jsonl`, jsonl);
    expect(counts(fromJsonl)).toEqual(counts(fromCsv));
    expect(fromJsonl.rejects).toEqual(fromCsv.rejects.map((r) => ({ ...r, row: r.row - 1, reason: r.reason.replace(/第 (\d+) 行/, (_, n: string) => `第 ${Number(n) - 1} 行`) })));
  });

  it('says plainly when a file is empty or has only its header', async () => {
    expect(await run('empty.csv')).toMatchObject({ rowsRead: 0, landed: 0, notice: { code: 'fileEmpty', text: '文件是空的，没有任何内容' } });
    expect(await run('header-only.csv')).toMatchObject({ rowsRead: 0, landed: 0, notice: { code: 'headerOnly', text: '文件只有表头，没有数据行' } });
    for (const [name, text, notice] of [['blank.json', ' \n\t ', 'fileEmpty'], ['none.json', '[ ]', 'noRecords'], ['blank.jsonl', '\n\n', 'fileEmpty'], ['empty.jsonl', '', 'fileEmpty']] as const) {
      const path = join(dir, `${under.name}-${name}`);
      writeFileSync(path, text);
      expect(await importFile(store, 'a', { kind: 'reviews', path })).toMatchObject({ rowsRead: 0, landed: 0, notice: { code: notice } });
    }
    expect((await importFile(store, 'a', { kind: 'reviews', path: join(dir, `${under.name}-none.json`), locale: 'en' })).notice?.text).toBe('the file holds no records');
  });

  it('rejects a deeply nested JSONL cell (no stack overflow) and a negative rating; the good rows land', async () => {
    const result = await run('deep-cell.jsonl');
    expect(result).toMatchObject({ rowsRead: 4, landed: 2, rejected: 2 });
    expect(result.rejects.map((r) => [r.row, r.reason])).toEqual([[2, 'JSON 嵌套超过 32 层'], [4, '评分 -1 超出了 1–5 分']]);
  });

  it('lands the records of a JSON array cut off part-way, and names the break as one reject', async () => {
    const result = await run('cut-short.json');
    expect(result).toMatchObject({ rowsRead: 4, landed: 3, rejected: 1 });
    expect(result.rejects).toEqual([{
      row: 4, field: '', value: '{"评价ID": "cut4", "评价内容": "物流很快，包装',
      reason: '文件在第 5 行开始的这条记录中间就结束了（文件不完整，可能没有下载完或保存完），这条记录没有导入',
    }]);
    expect(result.notice).toEqual({ code: 'cutShort', text: '文件不完整，在第 5 行断开：前面的 3 条记录照常导入（有问题的列在拒绝清单里），断开处记为 1 条拒绝' });
    expect(await listImportRejects(store, 'a', result.jobId)).toEqual(result.rejects);
    expect((await reviewIds(store)).map((r) => r.id).filter((id) => id.startsWith('cut'))).toEqual(['cut1', 'cut2', 'cut3']);
    // Read on a second thread, and in English, it says the same.
    const parallel = await importFile(store, 'b', { kind: 'reviews', path: fixture('cut-short.json'), parallel: true, locale: 'en' });
    expect(parallel).toMatchObject({ landed: 3, rejected: 1, notice: { code: 'cutShort' } });
    expect(parallel.rejects[0].reason).toBe('the file ends in the middle of the record that starts on line 5 (the file is incomplete, perhaps not fully downloaded or saved); that record is not imported');
    expect(parallel.notice?.text).toBe('the file is cut short at line 5: the 3 records before it were imported as usual (any with problems are in the rejects), and the break is 1 reject');
  });

  it('stops a JSON array at garbled text, saying which lines were not read', async () => {
    const result = await run('garbled-tail.json');
    expect(result).toMatchObject({ rowsRead: 3, landed: 2, rejected: 1, notice: { code: 'cutShort' } });
    expect(result.rejects).toEqual([{
      row: 3, field: '', value: expect.stringMatching(/^锟斤拷锟斤拷烫烫烫\n/),
      reason: '第 4 行出现了 JSON 数组里不该有的“锟斤拷锟斤拷烫烫烫”（这里只能是逗号或数组结尾的“]”）：从这一行到文件末尾第 6 行都没有导入',
    }]);
    expect((await reviewIds(store)).map((r) => r.id).filter((id) => id.startsWith('tail'))).toEqual(['tail1', 'tail2']);
  });

  it('takes a formula cell by its saved result and rejects one without, by name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('评价');
    sheet.addRow(['评价ID', '评分', '评价内容', '评价时间']);
    sheet.addRow(['x1', { formula: '2+3', result: 5 }, '好用', '2024-05-01 10:00']);
    sheet.addRow(['x2', { formula: 'AVERAGE(B2:B9)' }, '还行', '2024-05-02 10:00']);
    sheet.addRow(['x3', 4, '结实', '2024-05-03 10:00']);
    const path = join(dir, `formulas-${under.name}.xlsx`);
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await importFile(store, 'a', { kind: 'reviews', path });
    expect(result).toMatchObject({ landed: 2, rejected: 1 });
    expect(result.rejects).toEqual([{ row: 3, field: '评分', value: '=AVERAGE(B2:B9)', reason: '公式 =AVERAGE(B2:B9) 没有保存计算结果：在 Excel 里打开、保存后再导出' }]);
    expect((await reviewIds(store)).find((r) => r.id === 'x2')).toBeUndefined();
  });

  /** A review workbook of `rows` rows; `row(i)` may widen or lengthen one. */
  async function workbook(name: string, rows: number, row: (i: number) => unknown[] = (i) => [`s${i}`, 5, `第 ${i} 条不同的评价`, '2024-05-01 10:00']) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('评价');
    sheet.addRow(['评价ID', '评分', '评价内容', '评价时间']);
    for (let i = 0; i < rows; i++) sheet.addRow(row(i));
    const path = join(dir, `${name}-${under.name}.xlsx`);
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
    return path;
  }

  it('refuses a workbook over any cap whole, naming the cap and its setting, with nothing stored', async () => {
    // Batches of 10 rows: without the check before reading, the rows before the one over a cap would land.
    const batchRows = 10;
    const plain = await workbook('plain', 300);
    const wide = await workbook('wide', 300, (i) => (i === 250 ? ['w', 5, '宽', '2024-05-01 10:00', ...Array.from({ length: 40 }, () => 'x')] : [`s${i}`, 5, `第 ${i} 条`, '2024-05-01 10:00']));
    // A miniature zip bomb: one 2 MB run of one character packs into a few KB.
    const storedB = await reviewIds(store, 'b');
    const storedA = await reviewIds(store, 'a');
    const bomb = await workbook('bomb', 300, (i) => [`s${i}`, 5, i === 200 ? '好'.repeat(700_000) : `第 ${i} 条`, '2024-05-01 10:00']);
    const cases = [
      { path: plain, limits: { maxRows: 50 }, key: 'import_xlsx_too_many_rows', max: 50, setting: 'KAIKUAN_XLSX_MAX_ROWS', zh: '表格超过 50 行（上限）' },
      { path: wide, limits: { maxColumns: 20 }, key: 'import_xlsx_too_many_columns', max: 20, setting: 'KAIKUAN_XLSX_MAX_COLUMNS', zh: '表格超过 20 列（上限）' },
      { path: plain, limits: { maxSharedStrings: 100 }, key: 'import_xlsx_too_many_strings', max: 100, setting: 'KAIKUAN_XLSX_MAX_STRINGS', zh: '共享字符串）超过 100 条（上限）' },
      { path: bomb, limits: { maxUnpackedBytes: 1024 ** 2 }, key: 'import_xlsx_too_large', max: 1, setting: 'KAIKUAN_XLSX_MAX_MB', zh: '表格解压后超过 1 MB（上限）' },
      { path: bomb, limits: { maxSharedStringBytes: 1024 ** 2 }, key: 'import_xlsx_strings_too_large', max: 1, setting: 'KAIKUAN_XLSX_MAX_STRINGS_MB', zh: '共享字符串）解压后超过 1 MB（上限）' },
    ];
    for (const c of cases) {
      const refused = await importFile(store, 'b', { kind: 'reviews', path: c.path, batchRows, limits: { xlsx: c.limits } }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'bad_input', key: c.key, params: { max: c.max, setting: c.setting } });
      const zh = renderError('zh-CN', refused as AppError);
      expect(zh).toContain(c.zh);
      expect(zh).toContain('没有导入任何数据');
      expect(zh).toContain(c.setting);
      expect(await reviewIds(store, 'b')).toEqual(storedB);
    }
    // Within its caps the same workbook lands whole, and the setting lowers (or raises) a cap.
    expect(await importFile(store, 'b', { kind: 'reviews', path: plain, batchRows })).toMatchObject({ landed: 300, rejected: 0 });
    process.env.KAIKUAN_XLSX_MAX_ROWS = '50';
    try {
      await expect(importFile(store, 'a', { kind: 'reviews', path: plain, batchRows })).rejects.toMatchObject({ key: 'import_xlsx_too_many_rows', params: { max: 50 } });
      process.env.KAIKUAN_XLSX_MAX_ROWS = 'many';
      await expect(importFile(store, 'a', { kind: 'reviews', path: plain })).rejects.toMatchObject({ key: 'import_bad_setting', params: { setting: 'KAIKUAN_XLSX_MAX_ROWS', value: 'many' } });
    } finally {
      delete process.env.KAIKUAN_XLSX_MAX_ROWS;
    }
    expect(await reviewIds(store, 'a')).toEqual(storedA);
  });

  it('says why a whole file cannot be read in Chinese, or English when chosen', async () => {
    const notArray = join(dir, `object-${under.name}.json`);
    writeFileSync(notArray, '{"评价内容": "好用", "评价时间": "2024-05-01"}');
    const json = await importFile(store, 'a', { kind: 'reviews', path: notArray }).catch((e: unknown) => e);
    expect(json).toMatchObject({ code: 'bad_input', key: 'import_json_not_array' });
    expect(renderError('zh-CN', json as AppError)).toMatch(/^JSON 文件要是一个由对象组成的数组/);
    expect(renderError('en', json as AppError)).toMatch(/^the JSON file must be one array of objects/);
    const unknown = await importFile(store, 'a', { kind: 'reviews', path: notArray, fileName: '评价.pdf' }).catch((e: unknown) => e);
    expect(renderError('zh-CN', unknown as AppError)).toBe('看不出“评价.pdf”是什么格式：请用 .csv、.xlsx、.json 或 .jsonl 文件，或者指定文件格式');
  });

  it('refuses a file that is not a workbook by its extension, in Chinese', async () => {
    const broken = join(dir, `broken-${under.name}.xlsx`);
    writeFileSync(broken, 'this is not a zip');
    const refused = await importFile(store, 'a', { kind: 'reviews', path: broken }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ key: 'import_xlsx_unreadable' });
    expect(renderError('zh-CN', refused as AppError)).toBe('无法读取这个 XLSX 文件，可能已损坏：请在 Excel 里打开、另存一份后再导入');
  });
});
