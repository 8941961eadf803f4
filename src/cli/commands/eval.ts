import { sharedDataDir } from '../../ingest/shared-data.js';
import { runSuites } from '../../evaluation/suite.js';
import { suites } from '../../evaluation/suites/index.js';
import { saveEvalRun } from '../../store/evaluation.js';
import type { Command } from '../command.js';
import { say } from '../say.js';

type EvalResult = Record<string, number | Record<string, string>>;

/** Scores every AI capability on gold data; `--json` prints one flat object with dotted keys. */
export const evalCommand: Command<EvalResult> = {
  name: 'eval',
  summary: 'eval.summary',
  usage: 'eval.usage',
  options: { only: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  async run(ctx, args) {
    const only = typeof args.values.only === 'string' ? args.values.only.split(',') : undefined;
    const progress = ctx.progress(say('eval.progress'));
    const { scores, failures } = await runSuites(suites, { sharedDataDir }, only, (name) => progress.tick(0, name));
    progress.done();
    // Each run is kept so the monthly scorecard can compare this month's scores with last month's.
    if (!args.values['dry-run']) await saveEvalRun((await ctx.app()).store, scores, failures);
    return Object.keys(failures).length ? { ...scores, failures } : scores;
  },
  // Score keys stay as --json has them: they name the suites and measures.
  human: (r) =>
    Object.entries(r)
      .map(([k, v]) => (typeof v === 'number' ? `${k.padEnd(40)} ${Number.isInteger(v) ? v : v.toFixed(4)}` : say('eval.failures', { failures: JSON.stringify(v) })))
      .join('\n'),
};
