import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/**
 * How much of the file decides the encoding. 64 KiB holds hundreds of rows, enough for a GBK file to
 * show a byte sequence that is not UTF-8, while a UTF-8 file with Chinese almost never passes as GB18030.
 */
export const SNIFF_BYTES = 64 * 1024;

/**
 * BOM first; else strict UTF-8 on the first chunk (a character cut at the chunk's end is fine);
 * else GB18030, the superset of GBK that Chinese Excel writes when it saves "CSV".
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head.length >= 3 && UTF8_BOM.every((b, i) => head[i] === b)) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * Yields the input as UTF-8 text chunks without its BOM. Buffers only until it has SNIFF_BYTES
 * (or the input ends) to decide the encoding, then streams.
 */
export async function* decodeText(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const held: Buffer[] = [];
  let heldBytes = 0;
  let decode: ((chunk: Buffer) => string) | undefined;
  let finish: () => string = () => '';

  const choose = () => {
    const head = Buffer.concat(held);
    const encoding = detectEncoding(head);
    if (encoding === 'gb18030') {
      const decoder = iconv.getDecoder('gb18030');
      decode = (chunk) => decoder.write(chunk);
      finish = () => decoder.end() ?? '';
    } else {
      const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
      decode = (chunk) => decoder.decode(chunk, { stream: true });
      finish = () => decoder.decode();
    }
    return decode(head);
  };

  for await (const part of input) {
    const chunk = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    if (decode) {
      yield decode(chunk);
      continue;
    }
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes >= SNIFF_BYTES) yield choose();
  }
  if (!decode) yield choose();
  const tail = finish();
  if (tail) yield tail;
}
