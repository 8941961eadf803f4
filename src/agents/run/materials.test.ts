import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { createSceneImages } from '../../llm/images.js';
import { offlineProvider } from '../../llm/offline.js';
import { sendJson, startTestLlmServer } from '../../llm/test-server.js';
import { productPhoto } from '../../materials/testing.js';
import { uploadPhoto } from '../../services/materials.js';
import { listMaterials } from '../../store/materials.js';
import { useFreshStore } from '../../store/test-hooks.js';
import { storesUnderTest } from '../../store/testing.js';
import { runAgentTask } from './team.js';
import type { AgentWorkplace } from './workplace.js';

const M = 'a';
const now = () => new Date('2026-11-20T10:00:00.000Z');

/** The middle pixel of a stored picture, as [r, g, b]. */
async function middle(dir: string, file: string): Promise<number[]> {
  const { data, info } = await sharp(readFileSync(join(dir, file))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height * 0.6) * info.width + Math.floor(info.width / 2)) * 3;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

// Scene pictures from an OpenAI-compatible image endpoint (a fake one here): used as the covers' background when
// they come back as pictures, and the merchant's photo otherwise, with the reason in the task's note.
describe.each(storesUnderTest())('scene pictures for the covers on $name', (under) => {
  const store = useFreshStore(under, { merchants: [{ id: M, name: M }], seed: (opened) => insertDemoRows(opened, { product: generateDemo(M).product }) });
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-scene-'));
  let server: Awaited<ReturnType<typeof startTestLlmServer>>;
  let scenePng: Buffer;
  beforeAll(async () => {
    scenePng = await sharp({ create: { width: 1024, height: 1024, channels: 3, background: '#1d4ed8' } }).png().toBuffer();
    server = await startTestLlmServer((_req, res) => sendJson(res, 200, JSON.stringify({ data: [{ b64_json: scenePng.toString('base64') }] })));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const place = (): AgentWorkplace => ({ store, llm: offlineProvider, now, materialsDir: dir, images: createSceneImages({ url: server.url, model: 'scene-test', timeoutMs: 5_000 }) });

  it('asks the endpoint for a scene and lays the cover over it', async () => {
    const photo = await uploadPhoto(store, dir, M, await productPhoto(600, 800), { productId: 'P-BOX-L' });
    const task = await runAgentTask(place(), M, { role: 'product', task: 'materials', input: { photoId: photo.id }, askedBy: 'cli' });
    const request = server.requests.at(-1)!;
    expect(request.path).toBe('/v1/images/generations');
    expect(request.body).toMatchObject({ model: 'scene-test', response_format: 'b64_json' });
    expect(String((request.body as { prompt?: string }).prompt)).toContain('收纳箱');
    expect(task.note).toContain('scene-test');
    const [cover] = await listMaterials(store, M, { taskId: task.id, kind: 'cover' });
    expect(await middle(dir, cover!.file)).toEqual([29, 78, 216]);
  });

  it('falls back to the merchant\'s photo when the endpoint fails, and says so', async () => {
    server.setReply((_req, res) => sendJson(res, 500, JSON.stringify({ error: 'out of memory' })));
    const photo = await uploadPhoto(store, dir, M, await productPhoto(600, 800), { productId: 'P-BOX-L' });
    const task = await runAgentTask(place(), M, { role: 'product', task: 'materials', input: { photoId: photo.id }, askedBy: 'cli' });
    expect(task.outcome).toBe('needs_human');
    expect(task.note).toContain('封面用了原照片');
    const [cover] = await listMaterials(store, M, { taskId: task.id, kind: 'cover' });
    // the middle of the cover is the red mug of the photo, not the blue scene
    const [r, , b] = await middle(dir, cover!.file);
    expect(r).toBeGreaterThan(150);
    expect(b).toBeLessThan(100);
  });
});
