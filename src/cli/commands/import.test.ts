import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { realChineseReviews, toCsv } from '../../ingest/testing.js';
import { runCli } from '../main.js';

// `kaikuan import` end to end through the CLI on a fresh embedded database.
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await runCli(argv);
  const text = (spy: typeof log) => spy.mock.calls.map((c) => c.join(' ')).join('\n');
  const result = { code, out: text(log), err: text(error) };
  vi.restoreAllMocks();
  return result;
}

const dir = mkdtempSync(join(tmpdir(), 'kaikuan-cli-import-'));
const reviews = realChineseReviews(6);

describe('kaikuan import', () => {
  const file = join(dir, '天猫评价.csv');
  beforeAll(async () => {
    vi.stubEnv('KAIKUAN_DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', '');
    const rows = reviews.map((r, i) => [i === 4 ? '' : r.text, i === 5 ? '2024-13-01' : `2024-06-0${i + 1} 12:00`, i + 1 > 5 ? 5 : i + 1]);
    writeFileSync(file, iconv.encode(toCsv([['评价内容', '评价时间', '评分'], ...rows]), 'gb18030'));
    expect((await cli('merchants', 'add', '--id', 'tz', '--name', '台州收纳', '--email', 'tz@shop.cn', '--password', 'password-1', '--json')).code).toBe(0);
  });
  afterAll(() => vi.unstubAllEnvs());

  it('imports a GB18030 CSV, prints JSON, and writes the full rejects report', async () => {
    const rejects = join(dir, 'rejects.csv');
    const { code, out } = await cli('import', 'reviews', file, '--merchant', 'tz', '--platform', '天猫', '--rejects', rejects, '--json');
    expect(code).toBe(0);
    // The new reviews are analysed before the command ends and the trend radar has taken them in.
    expect(JSON.parse(out)).toMatchObject({ kind: 'reviews', landed: 4, rejected: 2, duplicates: 0, analysing: 0, trends: { newRows: 4 } });
    expect(readFileSync(rejects, 'utf8')).toBe('\uFEFF行号,列,内容,原因\r\n6,评价内容,,为空\r\n7,评价时间,2024-13-01,日期超出范围\r\n');
    const again = await cli('import', 'reviews', file, '--merchant', 'tz', '--platform', 'tmall');
    expect(again.out).toMatch(/landed\s+0\n\s+duplicates\s+4/);
  });

  it('exits 2 with a message that says what to fix', async () => {
    const badKind = await cli('import', 'comments', file, '--merchant', 'tz');
    expect(badKind).toMatchObject({ code: 2, err: expect.stringMatching(/kind must be one of reviews, posts/) });
    expect((await cli('import', 'reviews', join(dir, 'missing.csv'), '--merchant', 'tz')).err).toMatch(/no such file/);
    expect((await cli('import', 'reviews', file)).err).toMatch(/--merchant is required/);
    const wrongKind = await cli('import', 'orders', file, '--merchant', 'tz', '--json');
    expect(wrongKind.code).toBe(2);
    expect(JSON.parse(wrongKind.out).error.message).toMatch(/no column for buyerId/);
  });
});
