import { describe, expect, it } from 'vitest';
import { detectionQuality, PLANTED_VALIDATION, plantTrends, validateOnPlantedTrends } from './planted-trends.js';
import { TrendRadar } from './radar.js';

const WINDOW_DAYS = PLANTED_VALIDATION.windowDays;

function flagged(radar: TrendRadar, asOfDay: number): Set<string> {
  return new Set(radar.scan({ windowDays: WINDOW_DAYS, asOfDay }).rising.map((item) => item.key));
}

describe('trend radar on planted trends', () => {
  const planted = plantTrends(PLANTED_VALIDATION);

  it('finds most planted rises and almost never flags flat or seasonal series', () => {
    const quality = validateOnPlantedTrends();
    expect(quality.recall).toBeGreaterThanOrEqual(0.85);
    expect(quality.falseAlarmRate).toBeLessThanOrEqual(0.01);
    expect(quality.seasonalFalseAlarmRate).toBeLessThanOrEqual(0.03);
  });

  it('keeps false alarms low in a four-week window read day by day', () => {
    const quality = validateOnPlantedTrends({ ...PLANTED_VALIDATION, windowDays: 28 });
    expect(quality.recall).toBeGreaterThanOrEqual(0.6);
    expect(quality.falseAlarmRate).toBeLessThanOrEqual(0.03);
    expect(quality.seasonalFalseAlarmRate).toBeLessThanOrEqual(0.08);
  });

  it('flags brand-new series as emerging and nothing else', () => {
    const radar = new TrendRadar();
    radar.addAll(planted.events);
    const shapes = new Map(planted.series.map((s) => [s.key, s.shape]));
    const emerging = radar.scan({ windowDays: WINDOW_DAYS, asOfDay: planted.asOfDay }).rising.filter((item) => item.emerging);
    const plantedNew = planted.series.filter((s) => s.shape === 'new').length;
    expect(emerging.length).toBeGreaterThanOrEqual(0.9 * plantedNew);
    expect(emerging.every((item) => shapes.get(item.key) === 'new')).toBe(true);
  });

  it('without a year of history the seasonal series do look like rises', () => {
    const radar = new TrendRadar();
    const cutoff = planted.asOfDay - WINDOW_DAYS - 100;
    radar.addAll(planted.events.filter((event) => event.day > cutoff));
    const quality = detectionQuality(planted.series, flagged(radar, planted.asOfDay));
    expect(quality.seasonalFalseAlarmRate).toBeGreaterThan(0.2);
  });

  it('an incremental scan agrees with a scan from scratch', () => {
    const split = planted.asOfDay - 3;
    const incremental = new TrendRadar();
    incremental.addAll(planted.events.filter((event) => event.day <= split));
    incremental.scan({ windowDays: WINDOW_DAYS, asOfDay: planted.asOfDay });
    incremental.addAll(planted.events.filter((event) => event.day > split));
    const updated = incremental.scan({ windowDays: WINDOW_DAYS, asOfDay: planted.asOfDay });
    const scratch = new TrendRadar();
    scratch.addAll(planted.events);
    const full = scratch.scan({ windowDays: WINDOW_DAYS, asOfDay: planted.asOfDay });
    expect(updated.judged).toBeLessThan(full.judged);
    expect(updated.rising.map((item) => [item.key, item.qValue])).toEqual(full.rising.map((item) => [item.key, item.qValue]));
  });
});
