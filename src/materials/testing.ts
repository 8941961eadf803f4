import sharp from 'sharp';
import pixelmatch from 'pixelmatch';

/**
 * A phone-style product photo made on the spot (the public datasets hold no pictures): a red mug with a handle and a
 * soft shadow on an off-white, slightly uneven tabletop, as JPEG. Same inputs, same bytes.
 */
export function productPhoto(width = 1200, height = 1600, quality = 88): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 1600" preserveAspectRatio="none">
    <defs><linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f1eee8"/><stop offset="1" stop-color="#e6e2da"/></linearGradient></defs>
    <rect width="1200" height="1600" fill="url(#table)"/>
    <ellipse cx="600" cy="1130" rx="300" ry="40" fill="#cfcac1"/>
    <path d="M820 650 q170 0 170 170 q0 170 -170 170" fill="none" stroke="#b91c1c" stroke-width="46"/>
    <rect x="360" y="560" width="480" height="570" rx="40" fill="#dc2626"/>
    <rect x="420" y="700" width="70" height="330" rx="30" fill="#ef4444"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality }).toBuffer();
}

/** RGBA pixels of an encoded image. */
export async function rgba(image: Uint8Array) {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The share of pixels that differ between two images of one size (pixelmatch, anti-aliasing ignored). */
export async function differingShare(a: Uint8Array, b: Uint8Array): Promise<number> {
  const left = await rgba(a);
  const right = await rgba(b);
  if (left.width !== right.width || left.height !== right.height) return 1;
  const changed = pixelmatch(left.data, right.data, undefined, left.width, left.height, { threshold: 0.1 });
  return changed / (left.width * left.height);
}
