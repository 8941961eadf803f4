import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCover } from './cover.js';
import { el, renderLayout } from './layout.js';
import { renderMainImage, workingPhoto } from './photo.js';
import { renderPoster } from './poster.js';
import { differingShare, productPhoto, rgba } from './testing.js';

/**
 * Golden images: each template rendered from the same photo and copy must match its committed PNG to within 0.5 % of
 * pixels (font hinting and libvips versions move a few edge pixels, nothing more). `UPDATE_GOLDEN=1` rewrites them
 * after a deliberate layout change; look at the new files before committing them.
 */
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const MAX_DIFFERING = 0.005;

async function matchesGolden(name: string, image: Buffer) {
  const path = join(goldenDir, `${name}.png`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, image);
  }
  expect(await differingShare(image, readFileSync(path))).toBeLessThan(MAX_DIFFERING);
}

describe('templates against golden images', () => {
  it('makes the 800×800 main image on pure white, product centred and trimmed', async () => {
    const main = await renderMainImage(await productPhoto());
    const { data, width, height } = await rgba(main);
    expect([width, height]).toEqual([800, 800]);
    // the tabletop (off-white #f1eee8 … #e6e2da in the photo) is pure white at every corner and edge midpoint
    for (const [x, y] of [[2, 2], [797, 2], [2, 797], [797, 797], [400, 2], [2, 400]] as const) {
      expect([...data.subarray((y * 800 + x) * 4, (y * 800 + x) * 4 + 3)]).toEqual([255, 255, 255]);
    }
    // trimmed and centred: the product reaches the 6 % margin on its longer side, the same margin on both sides
    const columns = [...Array(800).keys()].filter((x) => [...Array(800).keys()].some((y) => data[(y * 800 + x) * 4]! < 250));
    expect(columns[0]).toBeGreaterThanOrEqual(47);
    expect(columns[0]).toBeLessThanOrEqual(49);
    expect(799 - columns[columns.length - 1]!).toBeGreaterThanOrEqual(47);
    expect(799 - columns[columns.length - 1]!).toBeLessThanOrEqual(49);
    await matchesGolden('main', main);
  });

  it('lays out the selling-point poster', async () => {
    const main = await renderMainImage(await productPhoto());
    const poster = await renderPoster(main, { title: '加厚陶瓷马克杯', points: ['双层隔热不烫手', '大容量 450ml', '洗碗机可洗'] });
    expect(await sharp(poster).metadata()).toMatchObject({ width: 800, height: 1200 });
    await matchesGolden('poster', poster);
  });

  it('lays out the 3:4 note cover', async () => {
    const photo = await workingPhoto(await productPhoto());
    const { width, height } = await sharp(photo).metadata();
    const cover = await renderCover(photo, width!, height!, { hook: '这杯子终于不烫手了', subline: '办公室续命神器', tags: ['马克杯', '好物分享'] });
    expect(await sharp(cover).metadata()).toMatchObject({ width: 900, height: 1200 });
    await matchesGolden('cover', cover);
  });

  it('refuses copy longer than the layout holds, naming the text', async () => {
    const main = await renderMainImage(await productPhoto());
    await expect(renderPoster(main, { title: '这是一个非常非常长而且放不进海报顶部横幅的标题', points: ['好'] })).rejects.toMatchObject({
      key: 'material_text_too_long',
      params: { max: 16 },
    });
  });
});

/**
 * Characters drawn in one layout, each in its own 120×120 cell, black on white, cut apart afterwards. One layout
 * matters: the characters come from different font subsets, and a layout that loads several subsets is where a font
 * mix-up turns characters into tofu.
 */
async function glyphCells(chars: string[]): Promise<Buffer[]> {
  const cell = (ch: string) => el('div', { width: 120, height: 120, alignItems: 'center', justifyContent: 'center' }, ch);
  const sheet = await renderLayout(
    el('div', { width: 120 * chars.length, height: 120, backgroundColor: '#ffffff', color: '#000000', fontSize: 96 }, chars.map(cell)),
    120 * chars.length,
    120,
    chars.join(''),
  );
  return Promise.all(chars.map((_, index) => sharp(sheet).extract({ left: index * 120, top: 0, width: 120, height: 120 }).png().toBuffer()));
}

describe('Chinese glyphs (no tofu)', () => {
  it('draws each CJK character as itself, not as the missing-glyph box', async () => {
    // U+E000 is a private-use code point no font subset holds: its cell shows the .notdef box (tofu)
    const chars = [...'开款卖点海报隔热烫'];
    const [notdef, ...drawn] = await glyphCells(['\uE000', ...chars]);
    for (const [index, image] of drawn.entries()) {
      const ink = (await rgba(image)).data.filter((value, i) => i % 4 === 0 && value < 128).length;
      expect(ink, `${chars[index]} has ink`).toBeGreaterThan(300);
      expect(await differingShare(image, notdef!), `${chars[index]} differs from .notdef`).toBeGreaterThan(0.02);
    }
    // tofu boxes all look alike; real glyphs do not
    for (let i = 1; i < drawn.length; i += 1) expect(await differingShare(drawn[i]!, drawn[0]!)).toBeGreaterThan(0.02);
  });

  it('renders a CJK line like its reference image', async () => {
    const text = '开款：先测款，再开模';
    const line = await renderLayout(el('div', { width: 640, height: 100, backgroundColor: '#ffffff', color: '#000000', fontSize: 56, alignItems: 'center' }, text), 640, 100, text);
    await matchesGolden('cjk-line', line);
  });
});
