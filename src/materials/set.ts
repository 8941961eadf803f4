import sharp from 'sharp';
import { renderCover, type CoverCopy } from './cover.js';
import { renderMainImage, workingPhoto } from './photo.js';
import { renderPoster, type PosterCopy } from './poster.js';

/** The words for one variant of the pictures. */
export interface VariantCopy {
  angle: string;
  poster: PosterCopy;
  cover: CoverCopy;
}

export interface RenderedPicture {
  kind: 'main' | 'poster' | 'cover';
  /** A, B, … for each variant; null for the main image, which all variants share */
  variant: string | null;
  png: Buffer;
  width: number;
  height: number;
  copy: Record<string, unknown>;
}

export const VARIANT_LETTERS = ['A', 'B', 'C', 'D'] as const;

/**
 * Every picture for one photo: the main image once, then a poster and a cover per variant. All are rendered before
 * any is stored, so a bad photo or an over-long line leaves nothing behind.
 */
export async function renderPictureSet(photo: Uint8Array, variants: readonly VariantCopy[], coverPhoto?: Uint8Array): Promise<RenderedPicture[]> {
  const main = await renderMainImage(photo);
  // a scene picture, when one was made, is the covers' background; otherwise the merchant's own photo is
  const working = await workingPhoto(coverPhoto ?? photo);
  const { width, height } = await sharp(working).metadata();
  const pictures: RenderedPicture[] = [{ kind: 'main', variant: null, png: main, width: 800, height: 800, copy: {} }];
  for (const [index, variant] of variants.slice(0, VARIANT_LETTERS.length).entries()) {
    const letter = variants.length > 1 ? VARIANT_LETTERS[index]! : null;
    const poster = await renderPoster(main, variant.poster);
    const cover = await renderCover(working, width!, height!, variant.cover);
    pictures.push({ kind: 'poster', variant: letter, png: poster, width: 800, height: 1200, copy: { angle: variant.angle, ...variant.poster } });
    pictures.push({ kind: 'cover', variant: letter, png: cover, width: 900, height: 1200, copy: { angle: variant.angle, ...variant.cover } });
  }
  return pictures;
}
