import { describe, expect, it } from 'vitest';
import { ASK_EVAL_CASES } from '../ask-questions.js';
import { suite } from './ask.js';

describe('ask evaluation on the demo shop', () => {
  it('answers the 40 questions as the independent SQL says, and refuses every question about another merchant', async () => {
    expect(ASK_EVAL_CASES).toHaveLength(40);
    const scores = await suite.run({ sharedDataDir: '' });
    expect(scores['ask.questions']).toBe(40);
    expect(scores['ask.refusedOtherMerchant']).toBe(1);
    // Every question is one the rules were written for; a miss is a regression, not noise.
    expect(scores['ask.accuracy']).toBe(1);
  });
});
