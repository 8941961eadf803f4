import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from './commands/index.js';
import { cli } from './testing.js';

const HAN = /[\u4e00-\u9fff]/;

/** The help's line for each command: two spaces, the name, the summary. */
const commandLines = (help: string) => help.split('\n').filter((line) => commands.some((c) => line.startsWith(`  ${c.name} `)));

// What `kaikuan` prints to a person, before any database is opened: Chinese by default, English with KAIKUAN_LANG=en.
describe('the kaikuan command’s language', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('lists every command with a Chinese summary, or an English one when asked', async () => {
    const zh = await cli('--help');
    expect(zh.out).toMatch(/^kaikuan（开款）——做什么、卖给谁、在哪卖\n\n用法：kaikuan <命令> \[选项\] \[--json\]\n/);
    expect(commandLines(zh.out)).toHaveLength(commands.length);
    expect(commandLines(zh.out).filter((line) => !HAN.test(line))).toEqual([]);

    vi.stubEnv('KAIKUAN_LANG', 'en');
    const en = await cli('--help');
    expect(en.out).toMatch(/^kaikuan — decide what to make, whom to serve and where to sell\n\nUsage: kaikuan <command> \[options\] \[--json\]\n/);
    expect(commandLines(en.out)).toHaveLength(commands.length);
    expect(commandLines(en.out).filter((line) => HAN.test(line))).toEqual([]);
  });

  it('gives a command’s summary and usage with the flags as typed', async () => {
    const zh = await cli('import', '--help');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('\n\n用法：kaikuan import <reviews|posts|products|orders|buyers|keywords> <文件> --merchant 商家编号 [--json]\n');
    vi.stubEnv('KAIKUAN_LANG', 'en');
    const en = await cli('import', '--help');
    expect(en.out).toMatch(/^import reviews\|posts\|products\|orders\|buyers\|keywords from CSV, XLSX, JSON or JSONL\n\nUsage: kaikuan import <reviews\|.*> <file> --merchant ID \[--json\]\n/);
    expect(en.out).not.toMatch(HAN);
  });

  it('names a bad flag and says what to do, exiting 2', async () => {
    expect(await cli('import', '--bogus')).toMatchObject({ code: 2, err: 'kaikuan: 没有 --bogus 这个选项；运行 kaikuan import --help 查看用法' });
    expect(await cli('customers', '--merchant')).toMatchObject({ code: 2, err: 'kaikuan: 选项 --merchant 后面要写值' });
    expect(await cli('customers', '--horizon', '-3')).toMatchObject({ code: 2, err: 'kaikuan: 选项 --horizon 后面要写值；以 - 开头的值请写成 --horizon=-3 这样' });
    expect(await cli('demo', '--serve=yes')).toMatchObject({ code: 2, err: 'kaikuan: 选项 --serve 后面不用写值' });
    expect(await cli('scorecard', '--month', '11')).toMatchObject({ code: 2, err: 'kaikuan: --month 要写成 2026-11 这样的年月，现在是“11”' });
    const json = JSON.parse((await cli('import', '--bogus', '--json')).out);
    expect(json.error).toMatchObject({ code: 'bad_input', key: 'unknown_option', params: { flag: '--bogus', command: 'import' } });

    vi.stubEnv('KAIKUAN_LANG', 'en');
    expect(await cli('import', '--bogus')).toMatchObject({ code: 2, err: 'kaikuan: unknown option --bogus; run kaikuan import --help' });
    expect((await cli('customers', '--merchant')).err).toBe('kaikuan: option --merchant needs a value');
  });
});
