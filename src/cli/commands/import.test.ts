import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { realChineseReviews, toCsv } from '../../ingest/testing.js';
import { completion, sendJson, startTestLlmServer } from '../../llm/test-server.js';
import { cli } from '../testing.js';

// `kaikuan import` end to end through the CLI on a fresh embedded database.

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
    expect(again.out).toMatch(/入库\s+0\n\s+重复\s+4（以前导入过，或文件里重复）/);
    vi.stubEnv('KAIKUAN_LANG', 'en');
    expect((await cli('import', 'reviews', file, '--merchant', 'tz', '--platform', 'tmall')).out).toMatch(/landed\s+0\n\s+duplicates\s+4 \(already imported/);
    vi.stubEnv('KAIKUAN_LANG', '');
  });

  it('exits 2 with a message that says what to fix', async () => {
    const badKind = await cli('import', 'comments', file, '--merchant', 'tz');
    expect(badKind).toMatchObject({ code: 2, err: expect.stringMatching(/类型只能是 reviews \/ posts/) });
    expect((await cli('import', 'reviews', join(dir, 'missing.csv'), '--merchant', 'tz')).err).toMatch(/找不到文件“.*missing\.csv”/);
    expect((await cli('import', 'reviews', file)).err).toBe('kaikuan: 缺少 --merchant');
    expect((await cli('import', 'reviews')).err).toBe('kaikuan: 参数不对；运行 kaikuan import --help 查看用法');
    const wrongKind = await cli('import', 'orders', file, '--merchant', 'tz', '--json');
    expect(wrongKind.code).toBe(2);
    // A review file sent as orders: the error names the kind to choose, for people and for programs.
    expect(JSON.parse(wrongKind.out).error).toMatchObject({
      key: 'wrong_kind_command', params: { kind: 'reviews' }, message: `这个文件看起来是评价，不是订单：请用 kaikuan import reviews ${file} 再导入`,
    });
  });

  it('says so in plain words when the configured model is down, and the reviews are read offline', async () => {
    const down = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('x')));
    await down.close();
    vi.stubEnv('KAIKUAN_LLM_URL', down.url);
    vi.stubEnv('KAIKUAN_LLM_MODEL', 'qwen2.5:7b-instruct');
    const more = join(dir, '更多评价.csv');
    const rows = realChineseReviews(40).slice(6).map((r, i) => [r.text, `2024-06-${String(i + 1).padStart(2, '0')} 12:00`, 3]);
    writeFileSync(more, toCsv([['评价内容', '评价时间', '评分'], ...rows]));
    const { code, out } = await cli('import', 'reviews', more, '--merchant', 'tz', '--platform', '天猫');
    vi.stubEnv('KAIKUAN_LLM_URL', '');
    expect(code).toBe(0);
    expect(out).toMatch(/大模型这次没有回答，\d+ 个拿不准的分句按离线结果读取，分析照常完成。/);
  });
});
