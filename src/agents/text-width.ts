/**
 * Marketplace title limits count bytes in GBK: a Chinese character takes 2, a Latin letter or
 * digit 1. Taobao/Tmall and Pinduoduo both cap titles at 60 of these units (30 Chinese characters).
 */
export const TITLE_WIDTH_LIMIT = 60;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x7f ? 2 : 1;
  return width;
}
