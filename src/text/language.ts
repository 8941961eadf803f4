import type { Language } from '../domain/types.js';

/**
 * One Chinese character carries about as much meaning as a short English word (~3 letters of it),
 * so a review is Chinese when its Han characters, weighted this way, outnumber its Latin letters.
 * "iPhone屏幕很清楚" is Chinese; "Great box, 很好" is English.
 */
const LATIN_LETTERS_PER_HAN = 3;

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;
const HAN_EXTENSION_A_FIRST = 0x3400;
const HAN_EXTENSION_A_LAST = 0x4dbf;

/** 'zh' or 'en' by script; text with neither script (emoji, digits, empty) counts as Chinese, our main market. */
export function detectLanguage(text: string): Language {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code | 0x20; // A-Z and a-z both land in 0x61-0x7a, nothing else does
    if (folded >= 0x61 && folded <= 0x7a) latin++;
    else if (isHan(code)) han++;
  }
  if (latin === 0) return 'zh';
  return han * LATIN_LETTERS_PER_HAN >= latin ? 'zh' : 'en';
}

export function isHan(code: number): boolean {
  return (code >= HAN_FIRST && code <= HAN_LAST) || (code >= HAN_EXTENSION_A_FIRST && code <= HAN_EXTENSION_A_LAST);
}
