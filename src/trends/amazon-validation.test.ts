import { describe, expect, it } from 'vitest';
import { flaggedShare, launchDetection, shuffleDates, weeklyScans } from './amazon-validation.js';
import { amazonReviewMentions } from './testing.js';
import { toDayNumber } from './time-buckets.js';

// Datafiniti's dated reviews thicken from May 2016; the walk covers that and the 2017 Echo launches.
const FROM = toDayNumber('2016-01-04');
const TO = toDayNumber('2018-06-01');
const WINDOW_DAYS = 90;

describe('trend radar on the dated Amazon reviews', () => {
  const reviews = amazonReviewMentions();
  const scans = weeklyScans(reviews, WINDOW_DAYS, FROM, TO);
  const shuffled = weeklyScans(shuffleDates(reviews, 1), WINDOW_DAYS, FROM, TO);

  it('flags fast product launches (Echo Show, Echo Plus, Fire HD 8 …) within five weeks', () => {
    const launches = launchDetection(reviews, scans);
    expect(launches.launches).toBeGreaterThanOrEqual(5);
    expect(launches.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('hears "christmas" rise in the holiday weeks', () => {
    const christmas = scans.filter((scan) => scan.rising.some((item) => item.kind === 'term' && item.key === 'christmas'));
    expect(christmas.length).toBeGreaterThan(0);
    expect(christmas.every((scan) => /-(12|01)-/.test(scan.asOf!))).toBe(true);
  });

  it('almost never flags a word once review dates are shuffled', () => {
    const falseAlarms = flaggedShare(shuffled, 'term');
    expect(falseAlarms).toBeLessThan(0.001);
    expect(flaggedShare(scans, 'term')).toBeGreaterThan(5 * falseAlarms);
  });
});
