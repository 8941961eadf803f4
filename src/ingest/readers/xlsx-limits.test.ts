import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkWorkbook, DEFAULT_XLSX_LIMITS, xlsxLimitsFrom } from './xlsx-limits.js';

const dir = mkdtempSync(join(tmpdir(), 'kaikuan-xlsx-limits-'));

/** A part of a hand-built workbook: its bytes come as chunks, so a huge part is never whole in memory. */
interface Part {
  name: string;
  chunks: () => Iterable<Buffer>;
}

/**
 * Writes a zip of deflated parts, the way a workbook is packed (local headers, data, central
 * directory). Hand-built so a part can inflate to hundreds of megabytes from a few hundred KB.
 */
async function writeZip(path: string, parts: Part[]): Promise<void> {
  const out = createWriteStream(path);
  const central: Buffer[] = [];
  let offset = 0;
  const write = (b: Buffer) => new Promise<void>((resolve, reject) => out.write(b, (e) => (e ? reject(e) : resolve())));
  for (const part of parts) {
    let crc = 0;
    let size = 0;
    const packed: Buffer[] = [];
    await pipeline(
      function* () {
        for (const chunk of part.chunks()) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          yield chunk;
        }
      },
      createDeflateRaw({ level: 9 }),
      async (deflated: AsyncIterable<Buffer>) => {
        for await (const b of deflated) packed.push(b);
      },
    );
    const data = Buffer.concat(packed);
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    for (const b of [local, name, data]) await write(b);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(directory);
  await new Promise<void>((resolve) => out.end(end, () => resolve()));
}

const once = (text: string) => () => [Buffer.from(text)];
const SHEET = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';

describe('checkWorkbook', () => {
  it('refuses the issue’s bomb (a small file whose shared strings inflate to ~300 MB) with the default caps, in bounded memory', async () => {
    // 300 strings of 1 MB each: ~300 MB unpacked, a few hundred KB packed.
    const string = Buffer.from(`<si><t>${'好'.repeat(349_000)}</t></si>`);
    const path = join(dir, 'bomb.xlsx');
    await writeZip(path, [
      { name: 'xl/sharedStrings.xml', chunks: function* () { yield Buffer.from('<sst>'); for (let i = 0; i < 300; i++) yield string; yield Buffer.from('</sst>'); } },
      { name: 'xl/worksheets/sheet1.xml', chunks: once(SHEET) },
    ]);
    expect(statSync(path).size).toBeLessThan(2_000_000);
    const rssBefore = process.memoryUsage().rss;
    await expect(checkWorkbook(path, statSync(path).size, DEFAULT_XLSX_LIMITS)).rejects.toMatchObject({
      key: 'import_xlsx_strings_too_large', params: { max: 128, setting: 'KAIKUAN_XLSX_MAX_STRINGS_MB' },
    });
    // ExcelJS held such a table at ~3 times its size; the check holds a few chunks.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 ** 2);
  });

  it('counts rows and columns by their references, as ExcelJS numbers them', async () => {
    const path = join(dir, 'sparse.xlsx');
    // Row 70 holds a cell in column BZ (78): the file has two rows, but its sheet reaches row 70 and column 78.
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="70"><c r="BZ70"><v>2</v></c></row></sheetData></worksheet>';
    await writeZip(path, [{ name: 'xl/worksheets/sheet1.xml', chunks: once(sheet) }]);
    const size = statSync(path).size;
    await expect(checkWorkbook(path, size, { ...DEFAULT_XLSX_LIMITS, maxRows: 69 })).rejects.toMatchObject({ key: 'import_xlsx_too_many_rows' });
    await expect(checkWorkbook(path, size, { ...DEFAULT_XLSX_LIMITS, maxColumns: 77 })).rejects.toMatchObject({ key: 'import_xlsx_too_many_columns' });
    await expect(checkWorkbook(path, size, { ...DEFAULT_XLSX_LIMITS, maxRows: 70, maxColumns: 78 })).resolves.toBeUndefined();
  });

  it('reads caps from settings, in megabytes for sizes, and names a bad one', () => {
    expect(xlsxLimitsFrom({ KAIKUAN_XLSX_MAX_ROWS: '2000000', KAIKUAN_XLSX_MAX_STRINGS_MB: '256', PATH: '/bin' })).toEqual({
      maxRows: 2_000_000, maxSharedStringBytes: 256 * 1024 ** 2,
    });
    expect(() => xlsxLimitsFrom({ KAIKUAN_XLSX_MAX_MB: '-1' })).toThrow(expect.objectContaining({ key: 'import_bad_setting', params: { setting: 'KAIKUAN_XLSX_MAX_MB', value: '-1' } }));
  });
});
