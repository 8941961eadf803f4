/**
 * Marketing pictures from a phone photo: a 12 MP (4032×3024) JPEG of about 5 MB, as phones save them, checked, then
 * made into the 800×800 main image, a poster and a note cover — what one "做主图和海报" click costs. Baseline: under
 * 2 s for the main image (the photo work); the poster and cover (text layout) are printed beside it.
 *
 *   npm run bench -- materials [--runs 5]
 */
import sharp from 'sharp';
import { renderCover } from '../src/materials/cover.js';
import { checkPhoto, renderMainImage, workingPhoto } from '../src/materials/photo.js';
import { renderPoster } from '../src/materials/poster.js';
import { productPhoto } from '../src/materials/testing.js';
import { flag } from './flags.js';
import { percentile } from './percentile.js';
import { cpuSeconds } from './timed.js';

const BASELINE_SECONDS = 2;

/** A phone-sized photo with sensor-like noise, so the JPEG is as big as a real one (noise does not compress). */
async function phonePhoto(): Promise<Buffer> {
  const width = 4032;
  const height = 3024;
  const { data } = await sharp(await productPhoto(width, height, 95)).raw().toBuffer({ resolveWithObject: true });
  let seed = 12345;
  for (let i = 0; i < data.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    data[i] = Math.max(0, Math.min(255, data[i]! + ((seed >> 16) % 31) - 15));
  }
  return sharp(data, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

async function time<T>(work: () => Promise<T>) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  return { result, wall: (performance.now() - wall) / 1000, cpu: cpuSeconds(cpu) };
}

export async function run(args: string[]): Promise<void> {
  const runs = flag(args, 'runs', 5);
  const photo = await phonePhoto();
  console.log(`photo: 4032×3024 JPEG, ${(photo.length / 1024 ** 2).toFixed(1)} MB`);
  const mains: number[] = [];
  const mainCpu: number[] = [];
  const layouts: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const main = await time(async () => { await checkPhoto(photo); return renderMainImage(photo); });
    mains.push(main.wall);
    mainCpu.push(main.cpu);
    const layout = await time(async () => {
      const working = await workingPhoto(photo);
      const { width, height } = await sharp(working).metadata();
      await renderPoster(main.result, { title: '加厚陶瓷马克杯', points: ['双层隔热不烫手', '大容量 450ml', '洗碗机可洗'] });
      await renderCover(working, width!, height!, { hook: '这杯子终于不烫手了', subline: '办公室续命神器', tags: ['马克杯', '好物分享'] });
    });
    layouts.push(layout.wall);
  }
  const sorted = [...mains].sort((a, b) => a - b);
  const median = percentile(sorted, 0.5);
  console.log(`main image: median ${median.toFixed(2)} s wall, ${percentile([...mainCpu].sort((a, b) => a - b), 0.5).toFixed(2)} s CPU (baseline ${BASELINE_SECONDS} s: ${(median / BASELINE_SECONDS).toFixed(2)}×)`);
  console.log(`poster + cover: median ${percentile([...layouts].sort((a, b) => a - b), 0.5).toFixed(2)} s wall`);
  if (median > BASELINE_SECONDS) process.exitCode = 1;
}
