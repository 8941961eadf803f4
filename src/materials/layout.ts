import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { AppError } from '../domain/errors.js';
import { fontFamilyOf, fontsFor } from './font.js';

/** A satori element written as plain objects (src/ has no JSX): a tag, its style and children. */
export interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | string | Array<Node | string>; src?: string; width?: number; height?: number };
}

export function el(type: string, style: Record<string, string | number>, children?: Node | string | Array<Node | string>): Node {
  return { type, props: { style: { display: 'flex', ...style }, children } };
}

export function img(src: Uint8Array, width: number, height: number, style: Record<string, string | number> = {}): Node {
  return { type: 'img', props: { src: `data:image/png;base64,${Buffer.from(src).toString('base64')}`, width, height, style } };
}

/** The words a template prints, checked against the longest the layout holds (longer text would overflow the picture). */
export function checkLength(text: string, max: number): string {
  const trimmed = text.trim();
  if ([...trimmed].length > max) throw new AppError('bad_input', { key: 'material_text_too_long', params: { text: trimmed, max } });
  return trimmed;
}

/**
 * Lays `root` out with satori and rasterises it with resvg into a PNG of `width` × `height`. `text` is every string
 * the layout prints: the font subsets holding its characters are the only ones loaded.
 */
export async function renderLayout(root: Node, width: number, height: number, text: string): Promise<Buffer> {
  const fonts = fontsFor(text);
  const styled = { ...root, props: { ...root.props, style: { fontFamily: fontFamilyOf(fonts), ...root.props.style } } };
  const svg = await satori(styled as Parameters<typeof satori>[0], { width, height, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}
