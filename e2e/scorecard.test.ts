import { beforeAll, describe, expect, it } from 'vitest';
import { saveEvalRun, saveFeedback } from '../src/store/evaluation.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

describe('monthly scorecard page in Chromium', () => {
  const k = useKaikuan({ locale: 'en' });
  beforeAll(async () => {
    await saveEvalRun(k.app.store, { 'sentiment.accuracy': 0.934, 'absa.pairF1': 0.66 }, {});
    await saveFeedback(k.app.store, 'demo', { capability: 'painpoint', subjectId: 'handle', verdict: 'acted' });
    await saveFeedback(k.app.store, 'demo', { capability: 'painpoint', subjectId: 'wheels', verdict: 'wrong', reason: 'seasonal' });
  });

  it('shows this month’s scores, feedback and usage with charts', async () => {
    await openPage(k.page, 'Scorecard');
    const scores = k.page.getByTestId('scores');
    await scores.waitFor();
    expect(await scores.textContent()).toContain('sentiment.accuracy');
    expect(await scores.textContent()).toContain('0.934');
    await k.page.getByTestId('feedback-chart').locator('svg').first().waitFor();
    expect((await k.page.getByTestId('acted-on').textContent())?.startsWith('1')).toBe(true);
  });
});
