import { say } from './say.js';

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, --json). */
export interface Progress {
  tick(done: number, note?: string): void;
  done(note?: string): void;
}

const BAR_WIDTH = 28;
/** Redraw at most ten times a second so the bar never slows the work it reports. */
const REDRAW_MS = 100;

export function terminalProgress(label: string, total: number | undefined, enabled: boolean): Progress {
  const out = process.stderr;
  if (!enabled || !out.isTTY) return { tick() {}, done() {} };
  const started = Date.now();
  let last = 0;
  const draw = (done: number, note = '') => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const head = total
      ? `[${'#'.repeat(Math.round((Math.min(done, total) / total) * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] ${Math.floor((100 * done) / total)}%`
      : `${done.toLocaleString()}`;
    out.write(`\r${label} ${head} ${rate.toLocaleString()}/s ${note}`.slice(0, out.columns ?? 120).padEnd(Math.min(out.columns ?? 120, 120)));
  };
  return {
    tick(done, note) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      draw(done, note);
    },
    done(note) {
      out.write(`\r${label} ${note ?? say('progress.done')}`.padEnd(Math.min(out.columns ?? 120, 120)) + '\n');
    },
  };
}
