/**
 * The table `npm run bench -- scale` prints for one store: each figure beside issue 14's floor and the
 * ratio figure/floor (below 1 meets the floor).
 */
import { percentile } from './percentile.js';
import type { StepFigures } from './scale-child.js';

/** Issue 14's floors on this 2-core machine. */
export const FLOORS = {
  /** First extraction of 1,000,000 reviews, in seconds; scaled linearly for smaller runs. */
  firstExtractionPerMillion: 180,
  /** Import and extraction of 10,000 new reviews into the big merchant, in seconds. */
  incremental: 10,
  /** Every page's warm p95, in ms. */
  pageP95: 1000,
  peakRssMb: 1500,
};

export interface StepResult {
  kind: 'import' | 'extract' | 'incremental' | 'page' | 'setup';
  label: string;
  /** The merchant's role: the big one, or the small one alone in the store or beside the big one. */
  merchant: 'big' | 'small' | 'small beside';
  status: 'ok' | 'timed out' | 'failed';
  message?: string;
  figures: StepFigures;
  rssMb: number;
}

const s = (x: number) => `${x.toFixed(1)} s`;
const ms = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x).toLocaleString('en')} ms`);
const ratio = (figure: number | undefined, floor: number) => (figure === undefined ? '—' : (figure / floor).toFixed(2));
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();

const statusNote = (r: StepResult) =>
  r.status === 'ok' ? '' : r.status === 'timed out' ? ' TIMED OUT' : ` FAILED: ${r.message?.slice(0, 160)}`;

/** Warm p50/p95 of a page (wall, and CPU of the serving process), over the loads made before the step ended. */
export function pageLatencies(figures: StepFigures): { p50?: number; p95?: number; cpuP95?: number; n: number } {
  const sorted = (figures.latencies ?? []).slice().sort((a, b) => a - b);
  const cpu = (figures.cpuLatencies ?? []).slice().sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0 };
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), cpuP95: percentile(cpu, 0.95), n: sorted.length };
}

function stepLines(results: StepResult[], reviews: number): string[] {
  const widths = [40, 46, 26, 6];
  const lines = [pad(['step', 'figure', 'floor', 'ratio'], widths)];
  for (const r of results) {
    const f = r.figures;
    const rate = f.rows !== undefined && f.wall ? Math.round(f.rows / f.wall) : undefined;
    const done = f.rows === undefined ? 'unfinished' : `${f.rows.toLocaleString('en')} rows`;
    if (r.kind === 'import') {
      lines.push(pad([`${r.label} (${r.merchant})`, `${done}${f.wall ? `, ${s(f.wall)} = ${rate?.toLocaleString('en')} rows/s` : ''}`, '—', ''], widths) + statusNote(r));
    } else if (r.kind === 'extract') {
      const floor = (FLOORS.firstExtractionPerMillion * reviews) / 1e6;
      const figure = f.wall ? `${done}: wall ${s(f.wall)}, CPU ${s(f.cpu ?? 0)}, ${rate?.toLocaleString('en')}/s` : done;
      const floorText = r.merchant === 'big' ? `${s(floor)} (3 min at 1M)` : '—';
      lines.push(pad([`${r.label} (${r.merchant})`, figure, floorText, r.merchant === 'big' ? ratio(f.wall, floor) : ''], widths) + statusNote(r));
    } else if (r.kind === 'incremental') {
      const figure = f.wall ? `wall ${s(f.wall)}, CPU ${s(f.cpu ?? 0)}` : done;
      lines.push(pad([r.label, figure, s(FLOORS.incremental), ratio(f.wall, FLOORS.incremental)], widths) + statusNote(r));
    }
  }
  return lines;
}

function pageLines(results: StepResult[]): string[] {
  const widths = [34, 10, 10, 10, 10, 7, 10, 6];
  const lines = ['', pad(['page (big merchant)', 'first', 'p50', 'p95', 'CPU p95', 'loads', 'floor p95', 'ratio'], widths)];
  for (const r of results.filter((x) => x.kind === 'page' && x.merchant === 'big')) {
    const { p50, p95, cpuP95, n } = pageLatencies(r.figures);
    lines.push(pad([r.label, ms(r.figures.first), ms(p50), ms(p95), ms(cpuP95), String(n), ms(FLOORS.pageP95), ratio(p95, FLOORS.pageP95)], widths) + statusNote(r));
  }
  const small = results.filter((x) => x.kind === 'page' && x.merchant === 'small');
  if (small.length === 0) return lines;
  lines.push('', pad(['page (small merchant)', 'alone p95', 'beside p95', 'beside/alone (floor 1: unaffected)'], [34, 10, 10, 30]));
  for (const alone of small) {
    const beside = results.find((x) => x.kind === 'page' && x.merchant === 'small beside' && x.label === alone.label);
    const a = pageLatencies(alone.figures).p95;
    const b = beside && pageLatencies(beside.figures).p95;
    const note = [alone, beside].flatMap((x) => (x && x.status !== 'ok' ? [` ${x.merchant === 'small' ? 'alone' : 'beside'}:${statusNote(x)}`] : [])).join('');
    lines.push(pad([alone.label, ms(a), ms(b), a && b ? (b / a).toFixed(2) : '—'], [34, 10, 10, 30]) + note);
  }
  return lines;
}

export function formatTable(title: string, results: StepResult[], reviews: number): string {
  const peak = results.reduce((max, r) => Math.max(max, r.rssMb), 0);
  return [
    title,
    ...stepLines(results, reviews),
    ...pageLines(results),
    '',
    `peak RSS ${peak.toLocaleString('en')} MB (floor ${FLOORS.peakRssMb.toLocaleString('en')} MB, ratio ${ratio(peak, FLOORS.peakRssMb)})`,
  ].join('\n');
}
