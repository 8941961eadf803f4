import { checkLength, el, img, renderLayout } from './layout.js';

/** What a 小红书-style note cover says: a big hook line, an optional second line, and up to three short tags. */
export interface CoverCopy {
  hook: string;
  subline?: string;
  tags: string[];
}

export const COVER = { width: 900, height: 1200, hookMax: 14, sublineMax: 18, tagMax: 8, tagsMax: 3 } as const;

/**
 * A 3:4 note cover: the photo fills the frame (cropped to 3:4 by the caller's working photo), the hook sits on a
 * highlighter band at the top — the way covers that get clicked on 小红书 read at thumbnail size — and tags at the foot.
 */
export async function renderCover(photo: Uint8Array, photoWidth: number, photoHeight: number, copy: CoverCopy): Promise<Buffer> {
  const hook = checkLength(copy.hook, COVER.hookMax);
  const subline = copy.subline ? checkLength(copy.subline, COVER.sublineMax) : '';
  const tags = copy.tags.slice(0, COVER.tagsMax).map((tag) => checkLength(tag, COVER.tagMax));
  // the photo covers the whole frame: scale so the shorter fit fills it, centred (the overflow is clipped)
  const scale = Math.max(COVER.width / photoWidth, COVER.height / photoHeight);
  const shownWidth = Math.round(photoWidth * scale);
  const shownHeight = Math.round(photoHeight * scale);
  const root = el('div', { width: COVER.width, height: COVER.height, position: 'relative', backgroundColor: '#f5f5f4', overflow: 'hidden' }, [
    img(photo, shownWidth, shownHeight, { position: 'absolute', left: Math.round((COVER.width - shownWidth) / 2), top: Math.round((COVER.height - shownHeight) / 2) }),
    el('div', { position: 'absolute', left: 48, top: 64, right: 48, flexDirection: 'column', alignItems: 'flex-start' }, [
      el('div', { backgroundColor: '#fde047', color: '#111827', fontSize: 76, fontWeight: 700, padding: '8px 20px', lineHeight: 1.25 }, hook),
      ...(subline ? [el('div', { marginTop: 18, backgroundColor: '#ffffff', color: '#111827', fontSize: 44, fontWeight: 700, padding: '6px 16px' }, subline)] : []),
    ]),
    el(
      'div',
      { position: 'absolute', left: 48, bottom: 56, right: 48, flexWrap: 'wrap' },
      tags.map((tag) => el('div', { marginRight: 16, backgroundColor: 'rgba(17,24,39,0.78)', color: '#ffffff', fontSize: 36, padding: '8px 20px', borderRadius: 28 }, `#${tag}`)),
    ),
  ]);
  return renderLayout(root, COVER.width, COVER.height, [hook, subline, ...tags, '#'].join(''));
}
