import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from './commands/index.js';
import { say } from './say.js';
import { maxOf } from '../math/summary.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);
/** npx itself takes seconds to start, many more on a busy machine. */
const STARTED_TIMEOUT_MS = 180_000;

/**
 * Runs kaikuan in its own process from the repo root: `npx kaikuan …` as the README tells a user to (npx
 * does not start bin/kaikuan.js by that name, the path on which the CLI once printed nothing at all), or
 * `node bin/kaikuan.js …` as `npm start` does.
 */
async function kaikuan(how: 'npx' | 'node', args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaikuan-started-'));
  const [file, ...start] = how === 'npx' ? ['npx', '--no-install', 'kaikuan'] : [process.execPath, 'bin/kaikuan.js'];
  try {
    const { stdout, stderr } = await run(file, [...start, ...args], {
      cwd: repoRoot, env: { ...process.env, KAIKUAN_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

describe('the kaikuan command as a user starts it', { timeout: STARTED_TIMEOUT_MS }, () => {
  it('npx kaikuan --help lists every command', async () => {
    const { code, out } = await kaikuan('npx', ['--help']);
    expect(code).toBe(0);
    const width = maxOf(commands, (c) => c.name.length);
    for (const command of commands) expect(out).toContain(`  ${command.name.padEnd(width)}  ${say(command.summary, command.textParams)}\n`);
  });

  it('npx kaikuan merchants --json answers with JSON', async () => {
    const { code, out } = await kaikuan('npx', ['merchants', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ merchants: [] });
  });

  describe('when the port is taken', () => {
    const squatter = createServer();
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => squatter.listen(0, '0.0.0.0', resolve));
      port = (squatter.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => squatter.close(resolve)));

    it('says so in one sentence naming PORT, in Chinese by default and in English when chosen', async () => {
      const zh = await kaikuan('node', ['serve'], { PORT: String(port) });
      expect(zh.code).toBe(1);
      expect(zh.err.trim()).toBe(`kaikuan: 端口 ${port} 已被其他程序占用，请用环境变量 PORT 换一个端口再启动，例如 PORT=8081 npm start。`);
      const en = await kaikuan('node', ['serve'], { PORT: String(port), KAIKUAN_LANG: 'en' });
      expect(en.code).toBe(1);
      expect(en.err.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^kaikuan: Port ${port} is already used .*PORT=`))]);
    });
  });
});
