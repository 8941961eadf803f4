/**
 * Background cleaning for product photos, over raw RGB pixels (no I/O): a phone photo of a product on a sheet of paper
 * or a table has a near-flat, near-white surround. The background colour is the median of the border pixels; every
 * pixel connected to the border whose colour stays within `tolerance` of it becomes pure white, and the product's box is
 * what is left. A border that is not mostly one colour (a busy scene) is left as it is, since filling it would eat the
 * product.
 */
export interface RgbImage {
  /** width × height × 3 bytes, row by row */
  pixels: Uint8Array;
  width: number;
  height: number;
}

export interface CleanedImage extends RgbImage {
  /** the product's bounding box after cleaning; null when nothing but background is left */
  box: { left: number; top: number; width: number; height: number } | null;
  /** whether the border was flat enough to be filled */
  filled: boolean;
}

export interface CleanOptions {
  /** largest sum of channel differences from the background colour that still counts as background */
  tolerance: number;
  /** share of border pixels that must be background-coloured for the fill to run */
  flatBorderShare: number;
}

export const DEFAULT_CLEAN: CleanOptions = { tolerance: 60, flatBorderShare: 0.6 };

function borderIndexes(width: number, height: number): number[] {
  const indexes: number[] = [];
  for (let x = 0; x < width; x += 1) indexes.push(x, (height - 1) * width + x);
  for (let y = 1; y < height - 1; y += 1) indexes.push(y * width, y * width + width - 1);
  return indexes;
}

function medianChannel(pixels: Uint8Array, indexes: readonly number[], channel: number): number {
  const counts = new Uint32Array(256);
  for (const index of indexes) counts[pixels[index * 3 + channel]!]! += 1;
  let seen = 0;
  for (let value = 0; value < 256; value += 1) {
    seen += counts[value]!;
    if (seen * 2 >= indexes.length) return value;
  }
  return 255;
}

export function cleanBackground(image: RgbImage, options: CleanOptions = DEFAULT_CLEAN): CleanedImage {
  const { width, height } = image;
  const pixels = new Uint8Array(image.pixels);
  const border = borderIndexes(width, height);
  const background = [0, 1, 2].map((channel) => medianChannel(pixels, border, channel));
  const isBackground = (index: number) =>
    Math.abs(pixels[index * 3]! - background[0]!) + Math.abs(pixels[index * 3 + 1]! - background[1]!) + Math.abs(pixels[index * 3 + 2]! - background[2]!) <=
    options.tolerance;

  const flatShare = border.filter(isBackground).length / border.length;
  const filled = flatShare >= options.flatBorderShare;
  const isFilled = new Uint8Array(width * height);
  if (filled) {
    const queue = new Int32Array(width * height);
    let head = 0;
    let tail = 0;
    for (const index of border) {
      if (!isFilled[index] && isBackground(index)) {
        isFilled[index] = 1;
        queue[tail++] = index;
      }
    }
    while (head < tail) {
      const index = queue[head++]!;
      const x = index % width;
      const neighbours = [x > 0 ? index - 1 : -1, x < width - 1 ? index + 1 : -1, index - width, index + width];
      for (const next of neighbours) {
        if (next < 0 || next >= width * height || isFilled[next] || !isBackground(next)) continue;
        isFilled[next] = 1;
        queue[tail++] = next;
      }
    }
    for (let index = 0; index < width * height; index += 1) {
      if (isFilled[index]) pixels.fill(255, index * 3, index * 3 + 3);
    }
  }
  return { pixels, width, height, filled, box: productBox(pixels, width, height, isFilled, filled) };
}

/** The box around every pixel that is neither filled background nor (when nothing was filled) plain white. */
function productBox(pixels: Uint8Array, width: number, height: number, isFilled: Uint8Array, filled: boolean) {
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index = y * width + x;
      const white = pixels[index * 3]! > 250 && pixels[index * 3 + 1]! > 250 && pixels[index * 3 + 2]! > 250;
      if (filled ? isFilled[index] : white) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}
