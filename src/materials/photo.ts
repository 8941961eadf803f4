import sharp, { type Metadata } from 'sharp';
import { AppError } from '../domain/errors.js';
import { cleanBackground } from './background.js';

/** A photo larger than this is refused before it is decoded (a 50 MP picture would take seconds and ~200 MB). */
export const MAX_MEGAPIXELS = 40;
export const MIN_SIDE = 200;
/** Photos are worked on at most this size: the outputs are 800–1440 px, so more pixels only cost time. */
const WORK_SIDE = 1200;
const READABLE = new Set(['jpeg', 'png', 'webp']);

export interface PhotoFacts {
  format: string;
  width: number;
  height: number;
}

const refuse = (key: 'image_empty' | 'image_unreadable' | 'image_truncated' | 'image_cmyk' | 'image_too_small' | 'image_blank', params = {}) =>
  new AppError('bad_input', { key, params });

/** Checks that `bytes` is a product photo Kaikuan can use, without decoding it; throws a plain-Chinese AppError if not. */
export async function checkPhoto(bytes: Uint8Array): Promise<PhotoFacts> {
  if (bytes.length === 0) throw refuse('image_empty');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse('image_unreadable');
  }
  if (!meta.format || !READABLE.has(meta.format) || !meta.width || !meta.height) throw refuse('image_unreadable');
  const megapixels = (meta.width * meta.height) / 1e6;
  if (megapixels > MAX_MEGAPIXELS) {
    throw new AppError('too_large', { key: 'image_too_many_pixels', params: { megapixels: Math.round(megapixels), limit: MAX_MEGAPIXELS } });
  }
  if (meta.space === 'cmyk') throw refuse('image_cmyk');
  if (Math.min(meta.width, meta.height) < MIN_SIDE) throw refuse('image_too_small', { width: meta.width, height: meta.height, min: MIN_SIDE });
  return { format: meta.format, width: meta.width, height: meta.height };
}

/** The photo upright (EXIF orientation applied), on white where it was transparent, at most WORK_SIDE px a side. */
async function decodeForWork(bytes: Uint8Array) {
  try {
    return await sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_MEGAPIXELS * 1e6 })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize(WORK_SIDE, WORK_SIDE, { fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw refuse(/premature|truncat|end of|corrupt|damaged/i.test(String(error)) ? 'image_truncated' : 'image_unreadable');
  }
}

/** The photo decoded for the templates: upright, bounded, as a PNG (the poster and cover embed it). */
export async function workingPhoto(bytes: Uint8Array): Promise<Buffer> {
  await checkPhoto(bytes);
  const { data, info } = await decodeForWork(bytes);
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).png().toBuffer();
}

/**
 * The 800×800 white-background main image (主图): background flood-filled to pure white, the product cut to its box,
 * scaled to fill `1 - 2 × margin` of the square and centred.
 */
export async function renderMainImage(bytes: Uint8Array, size = 800, margin = 0.06): Promise<Buffer> {
  await checkPhoto(bytes);
  const { data, info } = await decodeForWork(bytes);
  const cleaned = cleanBackground({ pixels: data, width: info.width, height: info.height });
  if (!cleaned.box) throw refuse('image_blank');
  const inner = Math.round(size * (1 - 2 * margin));
  const product = await sharp(cleaned.pixels, { raw: { width: cleaned.width, height: cleaned.height, channels: 3 } })
    .extract(cleaned.box)
    .resize(inner, inner, { fit: 'contain', background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pad = Math.floor((size - inner) / 2);
  return sharp(product.data, { raw: { width: product.info.width, height: product.info.height, channels: 3 } })
    .extend({ top: pad, bottom: size - inner - pad, left: pad, right: size - inner - pad, background: '#ffffff' })
    .png()
    .toBuffer();
}

/** A stored PNG as the JPEG a platform upload asks for. */
export function asJpeg(png: Uint8Array): Promise<Buffer> {
  return sharp(png).flatten({ background: '#ffffff' }).jpeg({ quality: 90, mozjpeg: false }).toBuffer();
}

/** A stored photo as PNG, for a download that asks for one. */
export function asPng(image: Uint8Array): Promise<Buffer> {
  return sharp(image).png().toBuffer();
}
