import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { runCli } from './main.js';

/** Runs `kaikuan <argv>` in-process and returns its exit code and what it printed to stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await runCli(argv);
  const text = (spy: typeof log) => spy.mock.calls.map((c) => c.join(' ')).join('\n');
  const result = { code, out: text(log), err: text(error) };
  vi.restoreAllMocks();
  return result;
}

/**
 * Points the CLI at a fresh embedded database holding the demo shop for the tests of the calling
 * `describe` block; returns the database's folder, which tests may also write their files to.
 */
export function useDemoShop(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kaikuan-cli-'));
  beforeAll(async () => {
    vi.stubEnv('KAIKUAN_DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', '');
    expect((await cli('demo', '--json')).code).toBe(0);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => vi.unstubAllEnvs());
  return dir;
}
