import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderMainImage } from './photo.js';
import { productPhoto } from './testing.js';

/** Bad uploads get the catalogue's plain sentence (checked by key) before anything is rendered or stored. */
describe('bad images', () => {
  it('refuses an empty file', async () => {
    await expect(renderMainImage(new Uint8Array())).rejects.toMatchObject({ code: 'bad_input', key: 'image_empty' });
  });

  it('refuses a file that is not a picture', async () => {
    const csv = Buffer.from('订单编号,金额\n3721,19.9\n', 'utf8');
    await expect(renderMainImage(csv)).rejects.toMatchObject({ code: 'bad_input', key: 'image_unreadable' });
  });

  it('refuses a 50-megapixel picture before decoding it', async () => {
    const huge = await sharp({ create: { width: 8000, height: 6250, channels: 3, background: '#eeeeee' } }).jpeg({ quality: 50 }).toBuffer();
    await expect(renderMainImage(huge)).rejects.toMatchObject({ code: 'too_large', key: 'image_too_many_pixels', params: { megapixels: 50, limit: 40 } });
  });

  it('refuses a CMYK JPEG', async () => {
    const cmyk = await sharp(await productPhoto(600, 800)).toColourspace('cmyk').jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    await expect(renderMainImage(cmyk)).rejects.toMatchObject({ key: 'image_cmyk' });
  });

  it('refuses a truncated JPEG', async () => {
    const photo = await productPhoto(600, 800);
    await expect(renderMainImage(photo.subarray(0, Math.floor(photo.length / 2)))).rejects.toMatchObject({ key: 'image_truncated' });
  });

  it('refuses a picture that is all background', async () => {
    const blank = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#f0ede6' } }).jpeg().toBuffer();
    await expect(renderMainImage(blank)).rejects.toMatchObject({ key: 'image_blank' });
  });
});
