import { describe, expect, it } from 'vitest';
import { formatsFor } from './format.js';

const zh = formatsFor('zh-CN');
const en = formatsFor('en');

describe('formatsFor', () => {
  it('groups counts and keeps at most the asked decimals', () => {
    expect(zh.number(1234567)).toBe('1,234,567');
    expect(en.number(1234.567, 2)).toBe('1,234.57');
    expect(en.number(0.5)).toBe('1');
    expect(zh.number(3.1, 3, 3)).toBe('3.100');
  });

  it('writes yuan with ¥ before the number, fen only when asked', () => {
    expect(zh.yuan(260)).toBe('¥260');
    expect(zh.yuan(1234.5, 2)).toBe('¥1,234.5');
    expect(en.yuan(-1800)).toBe('¥-1,800');
    expect(en.yuan(12, 2, 2)).toBe('¥12.00');
  });

  it('shows shares of 1 as percentages, fixed decimals only when asked', () => {
    expect(zh.percent(0.123)).toBe('12%');
    expect(zh.percent(0.12, 1, 1)).toBe('12.0%');
    expect(en.percent(0.1234, 1, 1)).toBe('12.3%');
    expect(en.percent(0.125, 1)).toBe('12.5%');
    expect(en.percent(0, 1)).toBe('0%');
    expect(en.percent(12.5)).toBe('1,250%');
  });

  it('signs changes, and leaves no change unsigned', () => {
    expect(zh.signedPercent(0.4)).toBe('+40%');
    expect(en.signedPercent(-0.054)).toBe('-5%');
    expect(en.signedPercent(0.001)).toBe('0%');
  });

  it('shortens big numbers the reader\'s way: 万 in Chinese, K in English', () => {
    expect(zh.compact(123456)).toBe('12.3万');
    expect(en.compact(123456)).toBe('123.5K');
    expect(zh.compact(880)).toBe('880');
  });

  it('writes instants on the reader\'s clock in the reader\'s order', () => {
    const iso = '2026-03-05T14:07:00.000Z';
    const instant = new Date(iso);
    expect(zh.dateTime(iso)).toBe(instant.toLocaleString('zh-CN'));
    expect(en.dateTime(iso)).toBe(instant.toLocaleString('en'));
    expect(zh.dateTime(iso)).toMatch(/^2026\/3\/5/);
  });
});
