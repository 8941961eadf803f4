/**
 * A bounded load test of the main read APIs, as the web app calls them, on the demo shop: the real
 * server (`kaikuan demo --serve`) in its own process on 127.0.0.1, a fixed number of requests from a
 * fixed number of parallel clients, latency per endpoint and overall. Floor: no errors, p99 under 1 s.
 *
 *   npm run bench -- load [--requests 2000] [--concurrency 20]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_LOGIN } from '../src/demo/catalogue.js';
import { flag } from './flags.js';
import { percentile } from './percentile.js';

/** What the home board and the main pages read; each is one request of the round. */
const READ_APIS = [
  '/api/me', '/api/counts', '/api/painpoints', '/api/trends?window=90d', '/api/customers', '/api/markets',
  '/api/approvals?view=open', '/api/agents/tasks', '/api/selection/opportunities', '/api/evaluation/scorecard', '/api/imports',
];
/** A page that waits a second for its data feels broken on a phone. */
const P99_FLOOR_MS = 1_000;
const CLOCK_TICKS_PER_SECOND = 100;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The server's CPU-seconds so far, from the kernel's count of its user and system time. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

async function startServer(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['bin/kaikuan.js', 'demo', '--serve', '--port', String(port)], {
    env: { ...process.env, KAIKUAN_DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(`:${port}`) && resolve());
    child.on('exit', (code) => reject(new Error(`the server stopped before listening (exit ${code})`)));
  });
  return child;
}

export async function run(args: string[]): Promise<void> {
  const requests = flag(args, 'requests', 2_000);
  const concurrency = flag(args, 'concurrency', 20);
  const dataDir = mkdtempSync(join(tmpdir(), 'kaikuan-load-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(dataDir, port);
  try {
    const login = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_LOGIN) });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };

    // The first read of each page analyses the demo's reviews and fits its models once; that is the import's cost, not a page view's.
    let start = performance.now();
    for (const path of READ_APIS) await (await fetch(`${base}${path}`, { headers })).arrayBuffer();
    console.log(`warm-up (first read of each API, analyses the demo data): ${((performance.now() - start) / 1000).toFixed(1)} s`);

    const latencies = new Map<string, number[]>(READ_APIS.map((p) => [p, []]));
    const errors = new Map<string, number>();
    let next = 0;
    const client = async () => {
      for (let i = next++; i < requests; i = next++) {
        const path = READ_APIS[i % READ_APIS.length]!;
        const sent = performance.now();
        try {
          const res = await fetch(`${base}${path}`, { headers });
          await res.arrayBuffer();
          if (!res.ok) errors.set(`${path} ${res.status}`, (errors.get(`${path} ${res.status}`) ?? 0) + 1);
        } catch (error) {
          errors.set(`${path} ${(error as Error).message}`, (errors.get(`${path} ${(error as Error).message}`) ?? 0) + 1);
        }
        latencies.get(path)!.push(performance.now() - sent);
      }
    };
    const cpuBefore = cpuSecondsOf(server.pid!);
    start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, client));
    const seconds = (performance.now() - start) / 1000;
    const serverCpu = cpuSecondsOf(server.pid!) - cpuBefore;

    const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
    console.log(`\n${'API'.padEnd(34)}${'n'.padStart(6)}${'p50'.padStart(10)}${'p99'.padStart(10)}`);
    for (const [path, times] of latencies) {
      times.sort((a, b) => a - b);
      console.log(`${path.padEnd(34)}${String(times.length).padStart(6)}${ms(percentile(times, 0.5))}${ms(percentile(times, 0.99))}`);
    }
    const all = [...latencies.values()].flat().sort((a, b) => a - b);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    const p99 = percentile(all, 0.99);
    console.log(`\n${requests} requests, ${concurrency} at a time, in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)} requests/s); server CPU ${serverCpu.toFixed(1)} s`);
    console.log(`overall p50 ${percentile(all, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (floor ${P99_FLOOR_MS} ms); errors ${errorCount}`);
    for (const [what, n] of errors) console.log(`  error ×${n}: ${what}`);
    if (errorCount > 0 || p99 >= P99_FLOOR_MS) {
      console.log('FAILED the floor: zero errors and p99 under 1 s');
      process.exitCode = 1;
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
