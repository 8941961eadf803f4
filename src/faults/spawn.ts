import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StoreConfig } from '../store/store.js';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const POLL_MS = 10;

/** What the child prints once it has stopped where the drill wants to kill it. */
export const HANGING = 'hanging';

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the drill's child process against a store. `killWhen` is checked as it runs (on each line it
 * prints and every few milliseconds); once it holds, the child gets SIGKILL: no cleanup, no
 * `finally`, exactly what a power cut or the OOM killer does.
 */
export function runChild(
  mode: 'import' | 'confirm',
  config: StoreConfig,
  args: string[],
  killWhen?: (stdout: string) => boolean | Promise<boolean>,
): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, JSON.stringify(config), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let killed = false;
  const check = async () => {
    if (killed || !killWhen || !(await killWhen(stdout))) return;
    killed = true;
    child.kill('SIGKILL');
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    void check();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const poll = setInterval(() => void check(), POLL_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
