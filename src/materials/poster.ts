import { checkLength, el, img, renderLayout } from './layout.js';

/** What a selling-point poster (卖点海报) says: a headline and two to four selling points, each a short line. */
export interface PosterCopy {
  title: string;
  points: string[];
}

export const POSTER = { width: 800, height: 1200, titleMax: 16, pointMax: 18, pointsMax: 4 } as const;

/**
 * The selling-point poster: headline band, the cleaned 800×800 main image, then the selling points as numbered rows —
 * the layout 1688/淘宝 detail pages open with.
 */
export async function renderPoster(mainImage: Uint8Array, copy: PosterCopy): Promise<Buffer> {
  const title = checkLength(copy.title, POSTER.titleMax);
  const points = copy.points.slice(0, POSTER.pointsMax).map((point) => checkLength(point, POSTER.pointMax));
  const root = el('div', { width: POSTER.width, height: POSTER.height, flexDirection: 'column', backgroundColor: '#ffffff', color: '#1f2933' }, [
    el('div', { height: 150, alignItems: 'center', justifyContent: 'center', backgroundColor: '#c2410c', color: '#ffffff', fontSize: 56, fontWeight: 700, padding: '0 40px' }, title),
    el('div', { height: 560, alignItems: 'center', justifyContent: 'center' }, [img(mainImage, 540, 540)]),
    el(
      'div',
      { flexDirection: 'column', flexGrow: 1, padding: '10px 60px 40px', justifyContent: 'center' },
      points.map((point, index) =>
        el('div', { alignItems: 'center', marginBottom: 22 }, [
          el('div', { width: 56, height: 56, borderRadius: 28, backgroundColor: '#c2410c', color: '#ffffff', fontSize: 32, fontWeight: 700, alignItems: 'center', justifyContent: 'center', marginRight: 24 }, String(index + 1)),
          el('div', { fontSize: 40, fontWeight: 700 }, point),
        ]),
      ),
    ),
  ]);
  return renderLayout(root, POSTER.width, POSTER.height, [title, ...points, '0123456789'].join(''));
}
