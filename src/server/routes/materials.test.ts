import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { productPhoto } from '../../materials/testing.js';
import { storesUnderTest } from '../../store/testing.js';
import { TEST_PASSWORD, testEmail, useTestApi, type TestApi } from '../testing.js';

/** Uploads bytes as the raw body, signed in with a token as a script would. */
async function uploadPhoto(api: TestApi, merchantId: string, bytes: Uint8Array, query = '') {
  const { token } = await (await api.http.request('/api/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: testEmail(merchantId), password: TEST_PASSWORD }),
  })).json();
  return api.http.request(`/api/materials/photos${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: new Uint8Array(bytes) });
}

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

// /api/materials: photos in, pictures made by agent tasks, accepted by the owner, downloaded one by one or zipped.
describe.each(storesUnderTest())('materials API on $name', (under) => {
  const api = useTestApi(under, ['a', 'b'], { seed: (store) => insertDemoRows(store, { product: generateDemo('a').product }) });
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-materials-'));
  beforeAll(() => { api.app.config.materialsDir = dir; });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses bad pictures with a Chinese sentence and stores nothing', async () => {
    const photo = await productPhoto(600, 800);
    for (const [bytes, sentence] of [
      [new Uint8Array(), '文件是空的'],
      [Buffer.from('商品,星级\n盒子,5\n'), '不是能读的图片'],
      [photo.subarray(0, photo.length / 2), '图片不完整'],
    ] as const) {
      const res = await uploadPhoto(api, 'a', bytes);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain(sentence);
    }
    expect(await (await api.as('a').get('/api/materials')).json()).toEqual({ materials: [] });
    expect(filesUnder(dir)).toEqual([]);
  });

  it('makes the pictures as a product task, shows them after the owner accepts, and downloads them', async () => {
    const upload = await uploadPhoto(api, 'a', await productPhoto(), '?productId=P-BOX-L');
    expect(upload.status).toBe(201);
    const photo = await upload.json();
    expect(photo).toMatchObject({ kind: 'photo', productId: 'P-BOX-L', status: 'uploaded', width: 1200, height: 1600 });

    const task = await (await api.as('a').post('/api/agents/product/materials', { photoId: photo.id, variants: 2 })).json();
    expect(task).toMatchObject({ role: 'product', task: 'materials', outcome: 'needs_human' });
    const made = (await (await api.as('a').get(`/api/materials?taskId=${task.id}`)).json()).materials;
    expect(made.map((m: { kind: string; variant: string | null }) => `${m.kind}${m.variant ?? ''}`).sort()).toEqual(['coverA', 'coverB', 'main', 'posterA', 'posterB']);
    expect(made.every((m: { status: string }) => m.status === 'draft')).toBe(true);
    // the poster's words are the product's own facts (demo box attributes), without 广告法 words
    const poster = made.find((m: { kind: string }) => m.kind === 'poster');
    expect(poster.copy.points.length).toBeGreaterThan(0);

    expect((await api.as('a').post(`/api/agents/tasks/${task.id}/review`, { outcome: 'accepted' })).status).toBe(200);
    const accepted = (await (await api.as('a').get(`/api/materials?taskId=${task.id}`)).json()).materials;
    expect(accepted.every((m: { status: string }) => m.status === 'accepted')).toBe(true);

    const main = made.find((m: { kind: string }) => m.kind === 'main');
    const jpg = await api.as('a').get(`/api/materials/${main.id}/file?format=jpg&download=1`);
    expect(jpg.headers.get('content-type')).toBe('image/jpeg');
    expect(jpg.headers.get('content-disposition')).toContain(encodeURIComponent('主图'));
    expect(await sharp(Buffer.from(await jpg.arrayBuffer())).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 800 });

    const zip = unzipSync(new Uint8Array(await (await api.as('a').get(`/api/materials/zip?taskId=${task.id}`)).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(made.map((m: { kind: string; variant: string | null; id: string }) =>
      `${{ main: '主图', poster: '卖点海报', cover: '笔记封面' }[m.kind]}${m.variant ? `-${m.variant}` : ''}-${m.id.slice(0, 8)}.png`).sort());

    // another shop sees none of it
    expect(await (await api.as('b').get('/api/materials')).json()).toEqual({ materials: [] });
    expect((await api.as('b').get(`/api/materials/${main.id}/file`)).status).toBe(404);
  });

  it('makes a test-before-the-mould kit whose variants are a concept test\'s variants', async () => {
    const photo = await (await uploadPhoto(api, 'a', await productPhoto(), '?productId=P-BOX-L')).json();
    const task = await (await api.as('a').post('/api/agents/promotion/test_kit', { photoId: photo.id, variants: 3 })).json();
    expect(task.outcome).toBe('needs_human');
    const testId = task.output.conceptTestId;
    const concept = await (await api.as('a').get(`/api/selection/concepts/${testId}`)).json();
    expect(concept.test.variants.map((v: { name: string }) => v.name)).toEqual(['A', 'B', 'C']);
    const kit = (await (await api.as('a').get(`/api/materials?conceptTestId=${testId}`)).json()).materials;
    expect(kit.filter((m: { kind: string }) => m.kind === 'cover').map((m: { variant: string }) => m.variant).sort()).toEqual(['A', 'B', 'C']);
    // counts entered for variant B on the concept page are the kit's B pictures' results
    await api.as('a').put(`/api/selection/concepts/${testId}/variants/B`, { counts: { views: 500, likes: 40, saves: 12 } });
    const after = await (await api.as('a').get(`/api/selection/concepts/${testId}`)).json();
    expect(after.test.variants.find((v: { name: string }) => v.name === 'B')).toMatchObject({ views: 500, likes: 40, saves: 12 });
  });
});
