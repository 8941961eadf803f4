import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from './encoding.js';
import { chunked, realChineseReviews } from './testing.js';

const collect = async (chunks: AsyncIterable<string>) => {
  let text = '';
  for await (const c of chunks) text += c;
  return text;
};

describe('encoding', () => {
  const text = realChineseReviews(5).map((r) => r.text).join('\n');

  it('tells GBK from UTF-8 and BOM', () => {
    expect(detectEncoding(Buffer.from(text, 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe('utf-8-bom');
    expect(detectEncoding(iconv.encode(text, 'gbk'))).toBe('gb18030');
  });

  it('does not mistake UTF-8 cut mid-character for GBK', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.indexOf(Buffer.from('父')) + 1))).toBe('utf-8');
  });

  it('decodes GB18030 and UTF-8 exactly when characters straddle chunks', async () => {
    expect(await collect(decodeText(chunked(iconv.encode(text, 'gb18030'), 5)))).toBe(text);
    expect(await collect(decodeText(chunked(Buffer.from(text, 'utf8'), 5)))).toBe(text);
  });

  it('drops the BOM', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(await collect(decodeText(chunked(withBom, 2)))).toBe(text);
  });
});
