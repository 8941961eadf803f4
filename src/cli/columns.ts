/**
 * Padding for terminal columns: a Chinese character (and a full-width sign) takes two columns, so padding
 * by string length would push every Chinese row out of line with the next.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function columnsOf(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

/** `text` followed by spaces up to `width` columns. */
export const padColumns = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columnsOf(text)));
