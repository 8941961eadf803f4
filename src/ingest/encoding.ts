import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';
const LEGACY_ENCODINGS = ['gb18030', 'big5'] as const;
type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/**
 * How much of the file decides the encoding. 64 KiB holds hundreds of rows, enough for a GBK file to
 * show a byte sequence that is not UTF-8, while a UTF-8 file with Chinese almost never passes as GB18030.
 */
export const SNIFF_BYTES = 64 * 1024;
/**
 * A line longer than this is decoded in pieces in the file's encoding (no per-line second try), so a
 * 20 MB cell without a line break is never held whole here; the CSV reader rejects it by its cell cap.
 */
const LINE_BYTES_HELD = 1024 * 1024;

const LF = 0x0a;
const REPLACEMENT = '\uFFFD';

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomOf(head: Uint8Array): { bytes: number[]; encoding: TextEncoding } | undefined {
  return BOMS.find((b) => head.length >= b.bytes.length && b.bytes.every((x, i) => head[i] === x));
}

/**
 * The most frequent characters of Chinese text in both scripts (simplified first, then traditional
 * forms). GBK bytes read as Big5, or Big5 read as GBK, rarely produce them, so counting them tells
 * the two apart on a few lines.
 */
const COMMON_HAN = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日很买质量货价满意快递收东西服务商品卖宝贝颜色尺寸包装客效果喜欢非常' +
    '這個們來為國說時會對於過發後裡種經麼學現當沒動還進樣實開從買質貨價滿遞東務賣寶貝顏尺寸裝客歡',
);

function commonHanScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (ch === REPLACEMENT) score -= 20;
    else if (COMMON_HAN.has(ch)) score++;
  }
  return score;
}

/** Which legacy Chinese encoding reads these bytes as more plausible text. */
function likelierLegacy(bytes: Uint8Array): LegacyEncoding {
  return commonHanScore(iconv.decode(Buffer.from(bytes), 'big5')) > commonHanScore(iconv.decode(Buffer.from(bytes), 'gb18030')) ? 'big5' : 'gb18030';
}

/**
 * UTF-16 without a BOM: text of mostly ASCII delimiters and digits has a zero in every other byte,
 * which no UTF-8 or GBK text has. The side the zeros fall on tells the byte order.
 */
function utf16ByZeros(head: Uint8Array): TextEncoding | undefined {
  const pairs = Math.min(head.length, 4096) >> 1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const enough = Math.max(2, pairs / 10);
  if (oddZeros >= enough && evenZeros * 4 < oddZeros) return 'utf-16le';
  if (evenZeros >= enough && oddZeros * 4 < evenZeros) return 'utf-16be';
  return undefined;
}

/** Strict UTF-8, allowing a character cut at the end of the sample. */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * BOM first; then UTF-16 by its zero bytes; then line by line: a file is UTF-8 unless most lines
 * with Chinese in them are not UTF-8 (a few GBK lines pasted into a UTF-8 file are decoded line by
 * line later, not the whole file as GBK); else GB18030 (what Chinese Excel writes) or Big5,
 * whichever reads as more plausible text.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  const bom = bomOf(head);
  if (bom) return bom.encoding;
  const utf16 = utf16ByZeros(head);
  if (utf16) return utf16;
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  let utf8Lines = 0;
  const broken: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(LF, start);
    const line = bytes.subarray(start, end < 0 ? bytes.length : end);
    start = end < 0 ? bytes.length : end + 1;
    if (isAscii(line)) continue;
    // The sample's last line may stop mid-character.
    if (end < 0 ? isUtf8Prefix(line) : isUtf8(line)) utf8Lines++;
    else broken.push(line);
  }
  if (broken.length <= utf8Lines) return 'utf-8';
  return likelierLegacy(Buffer.concat(broken));
}

const legacyOf = (encoding: TextEncoding): LegacyEncoding | undefined =>
  encoding === 'gb18030' || encoding === 'big5' ? encoding : undefined;

/**
 * One line's bytes as text: UTF-8 when the line is UTF-8 (Chinese GBK text practically never is),
 * else the file's legacy encoding. Another encoding is believed only when it reads as Chinese (it
 * has some of the most common characters): GB18030 reads nearly any bytes as some characters. A
 * line nothing reads keeps its replacement characters, and the import rejects the row holding them.
 */
function decodeLine(line: Buffer, fileLegacy: LegacyEncoding | undefined): string {
  if (isAscii(line)) return line.toString('latin1');
  if (isUtf8(line)) return line.toString('utf8');
  if (fileLegacy) {
    const text = iconv.decode(line, fileLegacy);
    if (!text.includes(REPLACEMENT)) return text;
  }
  let best = line.toString('utf8');
  let bestScore = 0;
  for (const encoding of LEGACY_ENCODINGS) {
    if (encoding === fileLegacy) continue;
    const text = iconv.decode(line, encoding);
    const score = commonHanScore(text);
    if (score > bestScore && !text.includes(REPLACEMENT)) [best, bestScore] = [text, score];
  }
  return best;
}

/** Where the last whole line ends (just after its LF); -1 when there is none. UTF-16 LFs are two bytes on a code-unit boundary. */
function lastLineEnd(bytes: Buffer, encoding: TextEncoding): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const lfAt = encoding === 'utf-16le' ? 0 : 1;
    for (let i = bytes.length - 2 - ((bytes.length - 2) & 1); i >= 0; i -= 2) {
      if (bytes[i + lfAt] === LF && bytes[i + 1 - lfAt] === 0) return i + 2;
    }
    return -1;
  }
  const at = bytes.lastIndexOf(LF);
  return at < 0 ? -1 : at + 1;
}

/** Splits whole lines of UTF-16 into lines, each with its LF. */
function* utf16Lines(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): Generator<Buffer> {
  const lfAt = encoding === 'utf-16le' ? 0 : 1;
  let start = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i + lfAt] === LF && bytes[i + 1 - lfAt] === 0) {
      yield bytes.subarray(start, i + 2);
      start = i + 2;
    }
  }
  if (start < bytes.length) yield bytes.subarray(start);
}

/** Decodes whole lines: the whole piece at once when it is clean (nearly always), else line by line. */
function wholeLinesDecoder(encoding: TextEncoding): (bytes: Buffer) => string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const strict = new TextDecoder(encoding, { fatal: true });
    const lenient = new TextDecoder(encoding);
    return (bytes) => {
      try {
        return strict.decode(bytes);
      } catch {
        // A lone surrogate breaks only its own line.
        let text = '';
        for (const line of utf16Lines(bytes, encoding)) {
          try {
            text += strict.decode(line);
          } catch {
            text += lenient.decode(line);
          }
        }
        return text;
      }
    };
  }
  const legacy = legacyOf(encoding);
  return (bytes) => {
    if (!legacy && isUtf8(bytes)) return bytes.toString('utf8');
    let text = '';
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(LF, start);
      const stop = end < 0 ? bytes.length : end + 1;
      text += decodeLine(bytes.subarray(start, stop), legacy);
      start = stop;
    }
    return text;
  };
}

/** A streaming decoder in the file's own encoding, for lines too long to hold whole. */
function longLineDecoder(encoding: TextEncoding): { write(bytes: Buffer): string; end(): string } {
  const decoder = iconv.getDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
}

/**
 * Yields the input as text chunks without its BOM, decoding line by line (see `detectEncoding` and
 * `decodeLine`). Holds SNIFF_BYTES to decide the encoding, then at most one unfinished line (up
 * to LINE_BYTES_HELD) beyond the chunk being decoded.
 */
export async function* decodeText(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const held: Buffer[] = [];
  let heldBytes = 0;
  let encoding: TextEncoding | undefined;
  let decodeWhole: (bytes: Buffer) => string = () => '';
  let pending: Buffer = Buffer.alloc(0);
  let longLine: ReturnType<typeof longLineDecoder> | undefined;

  const decode = (chunk: Buffer): string => {
    const bytes = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    const cut = lastLineEnd(bytes, encoding as TextEncoding);
    let text = '';
    let from = 0;
    if (longLine && cut >= 0) {
      // The long line ends in this chunk: finish it in the same streaming decoder.
      const firstEnd = encoding === 'utf-16le' || encoding === 'utf-16be' ? firstUtf16LineEnd(bytes, encoding) : bytes.indexOf(LF) + 1;
      text += longLine.write(bytes.subarray(0, firstEnd)) + longLine.end();
      longLine = undefined;
      from = firstEnd;
    }
    if (cut > from) text += decodeWhole(bytes.subarray(from, cut));
    pending = bytes.subarray(Math.max(cut, from));
    if (pending.length > LINE_BYTES_HELD) {
      longLine ??= longLineDecoder(encoding as TextEncoding);
      text += longLine.write(pending);
      pending = Buffer.alloc(0);
    }
    return text;
  };

  const choose = (): string => {
    let head = Buffer.concat(held);
    encoding = detectEncoding(head);
    const bom = bomOf(head);
    if (bom) head = head.subarray(bom.bytes.length);
    decodeWhole = wholeLinesDecoder(encoding);
    return decode(head);
  };

  for await (const part of input) {
    const chunk = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    if (encoding) {
      const text = decode(chunk);
      if (text) yield text;
      continue;
    }
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes >= SNIFF_BYTES) yield choose();
  }
  if (!encoding) {
    const text = choose();
    if (text) yield text;
  }
  const tail = longLine ? longLine.write(pending) + longLine.end() : pending.length > 0 ? decodeWhole(pending) : '';
  if (tail) yield tail;
}

function firstUtf16LineEnd(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): number {
  const lfAt = encoding === 'utf-16le' ? 0 : 1;
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i + lfAt] === LF && bytes[i + 1 - lfAt] === 0) return i + 2;
  return bytes.length;
}
