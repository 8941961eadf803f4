import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';

/**
 * The entries of a zip file on disk, read from its central directory, each of which can be
 * streamed unpacked on its own. An .xlsx is a zip: this lets the import look inside a workbook
 * (and stop early) without ExcelJS, which keeps every shared string in memory.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; other methods are not used by spreadsheet programs. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Not a zip we can read (damaged, or a zip64 file: no workbook within the caps needs one). */
export class NotAZip extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record (22 bytes) plus the longest comment a zip may carry. */
const EOCD_SEARCH_BYTES = 22 + 0xffff;
const ZIP64_MARK = 0xffffffff;

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Every entry named in the central directory, in the order the directory lists them. */
export async function zipEntries(path: string, size: number): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, size - EOCD_SEARCH_BYTES);
  const tail = await readAt(path, tailStart, size - tailStart);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new NotAZip('no end of central directory');
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK) throw new NotAZip('zip64');
  const directory = await readAt(path, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === CENTRAL_SIGNATURE;) {
    const nameLength = directory.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      localHeaderOffset: directory.readUInt32LE(at + 42),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.localHeaderOffset === ZIP64_MARK) throw new NotAZip('zip64');
    entries.push(entry);
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's unpacked bytes, streamed; stop reading early and nothing more is unpacked. */
export async function* unpackEntry(path: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  const local = await readAt(path, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new NotAZip(`no local header for ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) {
    yield* raw as AsyncIterable<Buffer>;
    return;
  }
  if (entry.method !== 8) throw new NotAZip(`compression method ${entry.method}`);
  const inflated = raw.pipe(createInflateRaw());
  raw.on('error', (error) => inflated.destroy(error));
  try {
    yield* inflated as AsyncIterable<Buffer>;
  } finally {
    raw.destroy();
    inflated.destroy();
  }
}
