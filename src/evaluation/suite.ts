/** What an evaluation suite needs: where the gold data lives. Suites read it themselves. */
export interface EvalContext {
  sharedDataDir: string;
}

/** Scores one AI capability on gold data; keys are stable and dotted (`sentiment.accuracy`). */
export interface EvalSuite {
  name: string;
  run(ctx: EvalContext): Promise<Record<string, number>>;
}

/** Runs every suite and merges their scores into one object; a failing suite is reported, not hidden. */
export async function runSuites(
  suites: EvalSuite[],
  ctx: EvalContext,
  only?: string[],
  onSuite?: (name: string) => void,
): Promise<{ scores: Record<string, number>; failures: Record<string, string> }> {
  const scores: Record<string, number> = {};
  const failures: Record<string, string> = {};
  for (const suite of suites.filter((s) => !only?.length || only.includes(s.name))) {
    onSuite?.(suite.name);
    try {
      Object.assign(scores, await suite.run(ctx));
    } catch (error) {
      failures[suite.name] = error instanceof Error ? error.message : String(error);
    }
  }
  return { scores, failures };
}
