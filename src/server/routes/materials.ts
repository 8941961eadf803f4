import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import type { App } from '../../app.js';
import { MATERIAL_KINDS } from '../../domain/material.js';
import { downloadName, materialFile, materialsZip, uploadPhoto } from '../../services/materials.js';
import { getMaterial, listMaterials } from '../../store/materials.js';
import { parseQuery } from '../body.js';
import type { Env } from '../env.js';
import { saveUpload } from '../upload.js';

const UploadQuery = z.object({ productId: z.string().min(1).optional() });
const ListQuery = z.object({
  kind: z.enum(MATERIAL_KINDS).optional(),
  taskId: z.string().min(1).optional(),
  conceptTestId: z.string().min(1).optional(),
});
const FileQuery = z.object({ format: z.enum(['original', 'png', 'jpg']).default('original') });

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

/** `attachment` with the Chinese name for browsers that read filename*, and a plain one for those that do not. */
const attachment = (name: string, fallback: string) => `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Marketing materials: POST /photos with the photo as the raw body (streamed to disk under the upload cap, checked,
 * then kept); GET / lists pictures (by kind, task or concept test); GET /zip downloads the listed ones in one zip;
 * GET /:id/file downloads one as stored, PNG or JPEG. The pictures themselves are made by agent tasks
 * (POST /api/agents/product/materials, /api/agents/promotion/test_kit) and accepted in the task inbox.
 */
export function materialRoutes(app: App) {
  return new Hono<Env>()
  .post('/photos', async (c) => {
    const query = parseQuery(c, UploadQuery);
    const dir = await mkdtemp(join(tmpdir(), 'kaikuan-photo-'));
    try {
      const bytes = await readFile(await saveUpload(c.req.raw.body, dir));
      return c.json(await uploadPhoto(app.store, app.config.materialsDir, c.get('merchantId'), bytes, { productId: query.productId }), 201);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })
  .get('/', async (c) => c.json({ materials: await listMaterials(app.store, c.get('merchantId'), { ...parseQuery(c, ListQuery), hideRejected: true }) }))
  .get('/zip', async (c) => {
    const zip = await materialsZip(app.store, app.config.materialsDir, c.get('merchantId'), parseQuery(c, ListQuery));
    return c.body(new Uint8Array(zip), 200, { 'content-type': 'application/zip', 'content-disposition': attachment('开款素材.zip', 'materials.zip') });
  })
  .get('/:id', async (c) => c.json(await getMaterial(app.store, c.get('merchantId'), c.req.param('id'))))
  .get('/:id/file', async (c) => {
    const { format } = parseQuery(c, FileQuery);
    const file = await materialFile(app.store, app.config.materialsDir, c.get('merchantId'), c.req.param('id'), format);
    const download = c.req.query('download') === '1';
    return c.body(new Uint8Array(file.bytes), 200, {
      'content-type': MIME[file.extension] ?? 'application/octet-stream',
      'cache-control': 'private, max-age=3600',
      ...(download ? { 'content-disposition': attachment(downloadName(file.material, file.extension), `${file.material.id}.${file.extension}`) } : {}),
    });
  });
}
