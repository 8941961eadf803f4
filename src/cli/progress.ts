import { paceOf } from '../services/work-progress.js';
import { say } from './say.js';

/** A progress bar on stderr when it is a terminal, with the rate and, once there is a pace, the time left; silent otherwise (pipes, CI, --json). */
export interface Progress {
  /** `rate`: what the shown rate counts, when `done` is in other units (rows read while `done` counts bytes). */
  tick(done: number, note?: string, rate?: number): void;
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
  const draw = (done: number, note = '', rateOf = done) => {
    const pace = paceOf(done, total ?? null, Date.now() - started, rateOf);
    const head = total
      ? `[${'#'.repeat(Math.round((Math.min(done, total) / total) * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] ${pace.percent}%`
      : `${done.toLocaleString()}`;
    const left = pace.etaSeconds === null ? '' : say('progress.left', { time: clock(pace.etaSeconds) });
    out.write(`\r${label} ${head} ${Math.round(pace.perSecond).toLocaleString()}/s${left} ${note}`.slice(0, out.columns ?? 120).padEnd(Math.min(out.columns ?? 120, 120)));
  };
  return {
    tick(done, note, rate) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      draw(done, note, rate);
    },
    done(note) {
      out.write(`\r${label} ${note ?? say('progress.done')}`.padEnd(Math.min(out.columns ?? 120, 120)) + '\n');
    },
  };
}

/** Seconds as m:ss (h:mm:ss past an hour). */
export function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
