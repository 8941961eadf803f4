import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCdnowPurchases, realChineseReviews, toCsv } from '../ingest/testing.js';
import { countData, createMerchant } from '../store/accounts.js';
import { listImportJobs, listImportRejects } from '../store/import-jobs.js';
import { importFile } from './imports.js';
import { storesUnderTest } from '../store/testing.js';
import type { Store } from '../store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'kaikuan-imports-'));
const chinese = realChineseReviews(40);

/** Real review texts, one bad rating at `badRow` (a spreadsheet row number), written as GBK like Chinese Excel does. */
function reviewFile(name: string, rows: number, badRow: number): string {
  const lines: (string | number)[][] = [['商品', '评分', '评价内容', '评价时间']];
  for (let i = 0; i < rows; i++) {
    const row = i + 2;
    lines.push([`箱${i % 7}`, row === badRow ? '十分' : (i % 5) + 1, chinese[i % chinese.length].text, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()]);
  }
  const path = join(dir, name);
  writeFileSync(path, iconv.encode(toCsv(lines), 'gbk'));
  return path;
}

describe.each(storesUnderTest())('imports on $name', (under) => {
  let store: Store & { dispose(): Promise<void> };
  beforeAll(async () => {
    store = await under.open();
    await createMerchant(store, { id: 'a', name: '台州收纳' });
    await createMerchant(store, { id: 'b', name: '宁波文具' });
  });
  afterAll(() => store.dispose());

  it('lands good rows, stores the rejects report, and adds nothing on a second run', async () => {
    const path = reviewFile('评价.csv', 30, 12);
    const first = await importFile(store, 'a', { kind: 'reviews', path });
    expect(first).toMatchObject({ rowsRead: 30, landed: 29, rejected: 1, duplicates: 0, format: 'csv' });
    expect(await listImportRejects(store, 'a', first.jobId)).toEqual([{ row: 12, field: '评分', value: '十分', reason: '“十分”不是评分' }]);
    const again = await importFile(store, 'a', { kind: 'reviews', path });
    expect(again).toMatchObject({ landed: 0, duplicates: 29, resumedAfterRow: 0 });
    expect((await countData(store, 'a')).reviews).toBe(29);
    expect((await countData(store, 'b')).reviews).toBe(0);
    const jobs = await listImportJobs(store, 'a');
    const byLanded = jobs.map((j) => [j.status, j.landed, j.duplicates, j.rejected]).sort((x, y) => Number(x[1]) - Number(y[1]));
    expect(byLanded).toEqual([['done', 0, 29, 1], ['done', 29, 0, 1]]);
  });

  it.each([false, true])('resumes an interrupted import after its last committed batch (second thread: %s)', async (parallel) => {
    // Batches of 500: rows 2-501 commit, then the reject at row 700 "crashes" the run mid-batch.
    const merchant = parallel ? 'resume-2' : 'resume-1';
    await createMerchant(store, { id: merchant, name: merchant });
    const path = reviewFile(`大文件${merchant}.csv`, 800, 700);
    const batchRows = 500;
    let crash = true;
    const onReject = () => {
      if (crash) throw new Error('power cut');
    };
    await expect(importFile(store, merchant, { kind: 'reviews', path, onReject, batchRows, parallel })).rejects.toThrow('power cut');
    const [failed] = await listImportJobs(store, merchant);
    expect(failed).toMatchObject({ status: 'failed', rowsCommitted: 501, landed: 500 });
    crash = false;
    const resumed = await importFile(store, merchant, { kind: 'reviews', path, onReject, batchRows, parallel });
    expect(resumed).toMatchObject({ jobId: failed.id, resumedAfterRow: 501, landed: 299, duplicates: 0, rejected: 1 });
    expect((await countData(store, merchant)).reviews).toBe(799);
    expect(await listImportJobs(store, merchant)).toHaveLength(1);
  });

  it.each([false, true])('catches a conflict with a row far back, across a crash (second thread: %s)', async (parallel) => {
    // Row 3's id comes again at row 760 with other text, after a crash at row 700; row 5's at 300 as it was.
    const merchant = parallel ? 'far-2' : 'far-1';
    await createMerchant(store, { id: merchant, name: merchant });
    const lines: (string | number)[][] = [['评价ID', '评分', '评价内容', '评价时间']];
    for (let i = 0; i < 800; i++) lines.push([`f${i}`, i === 698 ? '十分' : 4, chinese[i % chinese.length].text, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()]);
    lines[299] = [...lines[4]];
    lines[759] = [lines[2][0], 2, '用了一周就坏了', lines[2][3]];
    const path = join(dir, `far-${merchant}.csv`);
    writeFileSync(path, toCsv(lines));
    let crash = true;
    const onReject = () => {
      if (crash) throw new Error('power cut');
    };
    // 64 slots hold 32 identities in memory; the rest of the file's identities are on disk.
    const options = { kind: 'reviews' as const, path, onReject, batchRows: 500, parallel, identityMemorySlots: 64 };
    await expect(importFile(store, merchant, options)).rejects.toThrow('power cut');
    crash = false;
    const resumed = await importFile(store, merchant, options);
    expect(resumed).toMatchObject({ resumedAfterRow: 501, conflicts: 1, rejected: 1 });
    const rejects = await listImportRejects(store, merchant, resumed.jobId);
    expect(rejects).toEqual([
      { row: 700, field: '评分', value: '十分', reason: '“十分”不是评分' },
      { row: 760, field: '评价ID', value: 'f1', reason: '编号与第 3 行相同，但内容不同' },
    ]);
    const f1 = await store.db.selectFrom('review').select('text').where('merchant_id', '=', merchant).where('id', '=', 'f1').executeTakeFirstOrThrow();
    expect(f1.text).toBe(chinese[1].text);
  });

  it('builds orders from XLSX lines with totals and first purchases', async () => {
    const purchases = realCdnowPurchases(1000).filter((p) => ['00004', '00314'].includes(p.customer));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('订单');
    sheet.addRow(['买家ID', '下单时间', '数量', '实付金额', '渠道']);
    for (const p of purchases) sheet.addRow([p.customer, p.date, p.units, p.dollars, '天猫']);
    const path = join(dir, '订单.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    // CDNOW is from 1997: historical data widens the plausible window.
    const result = await importFile(store, 'a', { kind: 'orders', path, earliest: '1990-01-01' });
    expect(result).toMatchObject({ landed: purchases.length, rejected: 0 });

    const twoLineOrder = await store.db.selectFrom('sales_order').selectAll()
      .where('merchant_id', '=', 'a').where('buyer_id', '=', '00314').where('ordered_at', '=', '1997-01-12T16:00:00.000Z').execute();
    const sameDay = purchases.filter((p) => p.customer === '00314' && p.date === '19970113');
    expect(twoLineOrder).toHaveLength(1);
    expect(twoLineOrder[0].total_amount).toBeCloseTo(sameDay[0].dollars + sameDay[1].dollars, 6);
    expect(twoLineOrder[0].channel).toBe('tmall');
    const buyer = await store.db.selectFrom('buyer').selectAll().where('merchant_id', '=', 'a').where('id', '=', '00314').executeTakeFirstOrThrow();
    expect(buyer.first_seen_at).toBe('1997-01-01T16:00:00.000Z');
    expect((await countData(store, 'a')).orders).toBe(new Set(purchases.map((p) => `${p.customer}${p.date}`)).size);
  });

  it('fills in buyers that orders created, without counting them as new', async () => {
    const path = join(dir, '客户.csv');
    writeFileSync(path, toCsv([['客户ID', '姓名', '省份', '注册时间'], ['00314', '王五', '浙江', '1996-12-01'], ['90001', '李四', '广东', '']]));
    const result = await importFile(store, 'a', { kind: 'buyers', path, earliest: '1990-01-01' });
    expect(result).toMatchObject({ landed: 1, duplicates: 1 });
    const buyers = await store.db.selectFrom('buyer').selectAll().where('merchant_id', '=', 'a').where('id', 'in', ['00314', '00004', '90001']).orderBy('id').execute();
    expect(buyers.map((b) => [b.id, b.name, b.region, b.first_seen_at])).toEqual([
      ['00004', null, null, '1996-12-31T16:00:00.000Z'],
      ['00314', '王五', '浙江', '1996-11-30T16:00:00.000Z'],
      ['90001', '李四', '广东', null],
    ]);
  });

  it('refuses an unknown merchant and a file without the needed columns', async () => {
    const path = reviewFile('ok.csv', 2, 0);
    await expect(importFile(store, 'nobody', { kind: 'reviews', path })).rejects.toMatchObject({ code: 'not_found' });
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '商品,评分\n箱1,5\n');
    await expect(importFile(store, 'a', { kind: 'reviews', path: bad })).rejects.toMatchObject({ code: 'bad_input' });
    await expect(importFile(store, 'a', { kind: 'reviews', path: bad, parallel: true })).rejects.toMatchObject({
      code: 'bad_input',
      details: { missing: [expect.objectContaining({ field: 'text' }), expect.objectContaining({ field: 'reviewedAt' })] },
    });
    expect((await listImportJobs(store, 'a'))[0]).toMatchObject({ status: 'failed', fileName: 'bad.csv' });
  });
});
