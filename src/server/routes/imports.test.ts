import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleApp, type App } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { realChineseReviews, toCsv } from '../../ingest/testing.js';
import { createAccount, login } from '../../services/accounts.js';
import { countData, createMerchant } from '../../store/accounts.js';
import { noteWork } from '../../services/work-progress.js';
import { storesUnderTest } from '../../store/testing.js';
import { createHttp } from '../http.js';

const reviews = realChineseReviews(5);
const csv = new Uint8Array(iconv.encode(
  toCsv([
    ['商品', '星级', '评论', '评价时间'],
    ...reviews.map((r, i) => ['收纳箱', i === 2 ? '' : 5 - i, i === 3 ? '' : r.text, `2024-06-0${i + 1} 09:00`]),
  ]),
  'gbk',
));

describe.each(storesUnderTest())('imports API on $name', (under) => {
  let dispose: () => Promise<void>;
  let app: App;
  let http: ReturnType<typeof createHttp>;
  const tokens: Record<string, string> = {};
  const call = (path: string, merchant: string | undefined, init: RequestInit = {}) =>
    http.request(path, { ...init, headers: merchant ? { authorization: `Bearer ${tokens[merchant]}` } : {} });

  beforeAll(async () => {
    const store = await under.open();
    dispose = store.dispose;
    app = assembleApp(configFromEnv({}), store);
    for (const id of ['a', 'b']) {
      await createMerchant(store, { id, name: id });
      await createAccount(store, id, { email: `${id}@shop.cn`, password: 'password-123' });
      tokens[id] = (await login(store, `${id}@shop.cn`, 'password-123'))!.token;
    }
    http = createHttp(app);
  });
  afterAll(() => dispose());

  it("imports an uploaded GBK CSV for the signed-in merchant only and serves its rejects", async () => {
    const res = await call(`/api/imports?kind=reviews&filename=${encodeURIComponent('评价.csv')}&platform=天猫`, 'a', { method: 'POST', body: csv });
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result).toMatchObject({ fileName: '评价.csv', format: 'csv', landed: 4, rejected: 1 });
    expect(result.rejects).toEqual([{ row: 5, field: '评论', value: '', reason: '为空' }]);
    // The trend radar took in exactly the rows that landed, before the import answered.
    expect(result.trends.newRows).toBe(4);
    expect(await countData(app.store, 'a')).toMatchObject({ reviews: 4 });
    expect(await countData(app.store, 'b')).toMatchObject({ reviews: 0 });
    const platforms = await app.store.db.selectFrom('review').select('platform').distinct().where('merchant_id', '=', 'a').execute();
    expect(platforms).toEqual([{ platform: 'tmall' }]);

    const rejects = await (await call(`/api/imports/${result.jobId}/rejects`, 'a')).json();
    expect(rejects.rejects).toEqual(result.rejects);
    expect((await call(`/api/imports/${result.jobId}/rejects`, 'b')).status).toBe(404);
    const download = await call(`/api/imports/${result.jobId}/rejects.csv`, 'a');
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    // The BOM tells Chinese Excel the file is UTF-8 (a text decoder would drop it, so read bytes).
    expect(Buffer.from(await download.arrayBuffer()).toString('latin1').startsWith('\xef\xbb\xbf')).toBe(true);
    expect(await (await call(`/api/imports/${result.jobId}/rejects.csv`, 'a')).text()).toBe('行号,列,内容,原因\r\n5,评论,,为空\r\n');
    expect((await call(`/api/imports/${result.jobId}/rejects.csv`, 'b')).status).toBe(404);
    expect((await (await call('/api/imports', 'b')).json()).imports).toEqual([]);
    // Nothing runs after the answer for a small file: no work in progress.
    expect(result.analysing).toBe(0);
    expect(await (await call('/api/imports/progress', 'a')).json()).toEqual({ work: [] });
    // While an analysis runs, its merchant (and only they) sees how far it got.
    const work = noteWork(app.store, 'a', 'analysis', '');
    work.update(1_500, 6_000);
    expect((await (await call('/api/imports/progress', 'a')).json()).work).toMatchObject([{ kind: 'analysis', done: 1_500, total: 6_000, percent: 25 }]);
    expect(await (await call('/api/imports/progress', 'b')).json()).toEqual({ work: [] });
    work.end();
  });

  it('refuses strangers and names what is wrong with a request', async () => {
    expect((await call('/api/imports?kind=reviews&filename=a.csv', undefined, { method: 'POST', body: csv })).status).toBe(401);
    const badKind = await call('/api/imports?kind=comments&filename=a.csv', 'a', { method: 'POST', body: csv });
    expect(badKind.status).toBe(400);
    expect((await badKind.json()).error.message).toMatch(/^导入填写有误：类型只能是 reviews \/ posts/);
    const oldExcel = await call('/api/imports?kind=reviews&filename=a.xls', 'a', { method: 'POST', body: csv });
    expect((await oldExcel.json()).error.message).toBe('无法读取旧版 .xls 文件：请在 Excel 里另存为 .xlsx 或 CSV（UTF-8）再导入');
    // A review file sent as orders names the kind to choose instead.
    const wrongKind = await call('/api/imports?kind=orders&filename=a.csv', 'a', { method: 'POST', body: csv });
    expect(wrongKind.status).toBe(400);
    expect((await wrongKind.json()).error).toMatchObject({ key: 'wrong_kind', details: { kind: 'reviews' } });
    const noColumns = await call('/api/imports?kind=reviews&filename=a.csv', 'a', { method: 'POST', body: 'a,b\n1,2\n' });
    expect(noColumns.status).toBe(400);
    expect((await noColumns.json()).error.details.missing.map((m: { field: string }) => m.field)).toEqual(['text', 'reviewedAt']);
  });
});
