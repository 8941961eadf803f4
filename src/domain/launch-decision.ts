/** What the owner decided about a new style after its concept test: make the mould, test again, or drop it. */
export const LAUNCH_DECISIONS = ['launch', 'retest', 'drop'] as const;
export type LaunchDecisionKind = (typeof LAUNCH_DECISIONS)[number];

/** A decision as recorded, with the test result it was made on, so it can be read later beside the idea. */
export interface LaunchDecision {
  id: string;
  /** The product idea the test was for (the test's name when it came from no idea). */
  idea: string;
  testId: string;
  decision: LaunchDecisionKind;
  /** The concept test at the moment of deciding: the variant ahead, its chance of being best, whether the test could stop. */
  result: { leader: string; decidedBy: string; chanceBest: number; stop: boolean };
  decidedAt: string;
}
