import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { AppError } from '../domain/errors.js';
import type { Material } from '../domain/material.js';
import { asJpeg, asPng, checkPhoto, workingPhoto } from '../materials/photo.js';
import { renderPictureSet, type VariantCopy } from '../materials/set.js';
import { addMaterials, getMaterial, listMaterials, type MaterialFilter } from '../store/materials.js';
import type { Store } from '../store/store.js';

/** Where one merchant's files go: a folder per merchant, its id made safe as a folder name. */
const fileOf = (merchantId: string, id: string, extension: string) => `${encodeURIComponent(merchantId)}/${id}.${extension}`;

/** Writes files, then their rows; if the rows cannot be written the files are removed, so nothing half-stored stays. */
async function storeFiles(store: Store, dir: string, merchantId: string, items: Array<{ material: Material; bytes: Uint8Array }>) {
  const written: string[] = [];
  try {
    for (const { material, bytes } of items) {
      const path = join(dir, material.file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
      written.push(path);
    }
    await addMaterials(store, merchantId, items.map((item) => item.material));
  } catch (error) {
    await Promise.all(written.map((path) => rm(path, { force: true })));
    throw error;
  }
}

/** Keeps an uploaded product photo after checking it decodes whole; a bad picture is refused and nothing is stored. */
export async function uploadPhoto(store: Store, dir: string, merchantId: string, bytes: Uint8Array, options: { productId?: string | null; now?: Date } = {}): Promise<Material> {
  const facts = await checkPhoto(bytes);
  await workingPhoto(bytes); // decodes every pixel: a truncated file fails here, before anything is written
  const id = randomUUID();
  const material: Material = {
    id, kind: 'photo', productId: options.productId ?? null, photoId: null, taskId: null, variant: null, conceptTestId: null,
    file: fileOf(merchantId, id, facts.format === 'jpeg' ? 'jpg' : facts.format),
    width: facts.width, height: facts.height, bytes: bytes.length, copy: {}, status: 'uploaded',
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  await storeFiles(store, dir, merchantId, [{ material, bytes }]);
  return material;
}

export interface PictureSetRequest {
  photoId: string;
  productId: string | null;
  taskId: string | null;
  conceptTestId?: string | null;
  variants: readonly VariantCopy[];
  /** A scene picture (from an image endpoint) for the covers' background. */
  coverPhoto?: Uint8Array;
  now?: Date;
}

/** Renders the main image, posters and covers from a stored photo and keeps them as drafts for the owner to review. */
export async function makePictureSet(store: Store, dir: string, merchantId: string, request: PictureSetRequest): Promise<Material[]> {
  const photo = await getMaterial(store, merchantId, request.photoId);
  if (photo.kind !== 'photo') throw new AppError('not_found', { key: 'no_material', params: { id: request.photoId } });
  const pictures = await renderPictureSet(await readFile(join(dir, photo.file)), request.variants, request.coverPhoto);
  const createdAt = (request.now ?? new Date()).toISOString();
  const items = pictures.map((picture) => {
    const id = randomUUID();
    const material: Material = {
      id, kind: picture.kind, productId: request.productId ?? photo.productId, photoId: photo.id, taskId: request.taskId,
      variant: picture.variant, conceptTestId: request.conceptTestId ?? null, file: fileOf(merchantId, id, 'png'),
      width: picture.width, height: picture.height, bytes: picture.png.length, copy: picture.copy, status: 'draft', createdAt,
    };
    return { material, bytes: picture.png };
  });
  await storeFiles(store, dir, merchantId, items);
  return items.map((item) => item.material);
}

export type DownloadFormat = 'original' | 'png' | 'jpg';

/** A download name people recognise: kind and variant in Chinese, then the id's start. */
const KIND_NAMES: Record<Material['kind'], string> = { photo: '原图', main: '主图', poster: '卖点海报', cover: '笔记封面' };
export const downloadName = (m: Material, extension: string) => `${KIND_NAMES[m.kind]}${m.variant ? `-${m.variant}` : ''}-${m.id.slice(0, 8)}.${extension}`;

/** One material's bytes, as stored or converted to JPEG (platform uploads want JPEG) or PNG. */
export async function materialFile(store: Store, dir: string, merchantId: string, id: string, format: DownloadFormat = 'original') {
  const material = await getMaterial(store, merchantId, id);
  const stored = await readFile(join(dir, material.file));
  const storedExtension = material.file.slice(material.file.lastIndexOf('.') + 1);
  if (format === 'jpg' && storedExtension !== 'jpg') return { material, bytes: await asJpeg(stored), extension: 'jpg' };
  if (format === 'png' && storedExtension !== 'png') return { material, bytes: await asPng(stored), extension: 'png' };
  return { material, bytes: stored, extension: storedExtension };
}

/** Every listed material in one zip (PNG already compressed, so stored as is), named as single downloads are. */
export async function materialsZip(store: Store, dir: string, merchantId: string, filter: MaterialFilter): Promise<Uint8Array> {
  const materials = await listMaterials(store, merchantId, { ...filter, hideRejected: true });
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const material of materials) {
    const extension = material.file.slice(material.file.lastIndexOf('.') + 1);
    files[downloadName(material, extension)] = [await readFile(join(dir, material.file)), { level: 0 }];
  }
  return zipSync(files);
}
