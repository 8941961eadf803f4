import { describe, expect, it } from 'vitest';
import { say } from '../messages/imports.js';
import { isoFromMs, parseCount, parseId, parseMoney, parseNumber, parseRating, parseRefund, parseTime, type Parsed } from './values.js';

const value = <T>(r: Parsed<T>) => (r.ok ? r.value : `error: ${say(r.reason, 'en')}`);

describe('parseTime', () => {
  it('reads Beijing wall-clock times as UTC+8', () => {
    expect(value(parseTime('2024-05-01 14:30:00'))).toBe('2024-05-01T06:30:00.000Z');
    expect(value(parseTime('2024/5/1 8:05'))).toBe('2024-05-01T00:05:00.000Z');
    expect(value(parseTime('2024年5月1日'))).toBe('2024-04-30T16:00:00.000Z');
    expect(value(parseTime('20240501'))).toBe('2024-04-30T16:00:00.000Z');
  });

  it('reads zero-padded export times the same as their unpadded spellings', () => {
    // Padded times take a shortcut; unpadded ones ("2024-5-1 8:05:07") take the general pattern.
    for (let day = 0; day < 400; day += 7) {
      const at = new Date(Date.UTC(2023, 11, 25 + day, (day * 5) % 24, (day * 11) % 60, (day * 13) % 60));
      const [y, mo, d, h, mi, s] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds()];
      const p = (n: number) => String(n).padStart(2, '0');
      expect(value(parseTime(`${y}-${p(mo)}-${p(d)} ${p(h)}:${p(mi)}:${p(s)}`))).toBe(value(parseTime(`${y}-${mo}-${d} ${h}:${mi}:${s}`)));
      expect(value(parseTime(`${y}/${p(mo)}/${p(d)}T${p(h)}:${p(mi)}`))).toBe(value(parseTime(`${y}/${mo}/${d} ${h}:${mi}`)));
    }
    expect(value(parseTime('2023-02-29 10:00:00'))).toBe('error: 2023-2-29 is not a calendar date');
    expect(parseTime('2024-05-01 24:00').ok).toBe(false);
    expect(parseTime('2024-05-01 14:3x').ok).toBe(false);
  });

  it('keeps an explicit zone, as in the Amazon export', () => {
    expect(value(parseTime('2017-09-03T00:00:00.000Z'))).toBe('2017-09-03T00:00:00.000Z');
    expect(value(parseTime('2017-09-03T10:00:00+02:00'))).toBe('2017-09-03T08:00:00.000Z');
  });

  it('reads Excel serials, CDNOW yyyymmdd numbers and unix seconds', () => {
    // 45413 is 2024-05-01 in Excel's 1900 date system.
    expect(value(parseTime(45413))).toBe('2024-04-30T16:00:00.000Z');
    expect(value(parseTime(19970101))).toBe('1996-12-31T16:00:00.000Z');
    expect(value(parseTime(1714545000))).toBe('2024-05-01T06:30:00.000Z');
  });

  it('treats spreadsheet Date cells as wall-clock times', () => {
    expect(value(parseTime(new Date(Date.UTC(2024, 4, 1, 14, 30))))).toBe('2024-05-01T06:30:00.000Z');
  });

  it('formats instants exactly as Date#toISOString does', () => {
    // Leap days, century years, the epoch and instants with milliseconds, across 1900-2100.
    const instants = [0, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(1900, 2, 1), Date.UTC(2100, 1, 28, 12), -1];
    for (let i = 0; i < 2000; i++) instants.push(Math.round(Date.UTC(1900, 0, 1) + ((i * 7_919_777_777) % (200 * 365.25 * 86_400_000))));
    for (const ms of instants) expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
  });

  it('refuses impossible and unreadable dates', () => {
    expect(value(parseTime('2023-02-29'))).toMatch(/not a calendar date/);
    expect(value(parseTime('2024-02-29'))).toBe('2024-02-28T16:00:00.000Z');
    expect(value(parseTime(9e15))).toMatch(/is not a date/);
    expect(value(parseTime('2024-02-30'))).toMatch(/not a calendar date/);
    expect(value(parseTime('2024-13-01'))).toMatch(/out of range/);
    expect(value(parseTime('昨天'))).toMatch(/not a date/);
  });
});

describe('numbers', () => {
  it('strips currency and separators and applies 万', () => {
    expect(value(parseNumber('¥1,299.00'))).toBe(1299);
    expect(value(parseNumber('12.5元'))).toBe(12.5);
    expect(value(parseNumber('1.2万'))).toBe(12000);
    expect(value(parseNumber('3亿'))).toBe(300_000_000);
    expect(value(parseCount('2.5w'))).toBe(25000);
    expect(value(parseCount('-3'))).toMatch(/negative/);
    expect(value(parseNumber('about 3'))).toMatch(/not a number/);
  });
});

describe('parseRating', () => {
  it('reads stars, words and numbers within 1-5', () => {
    expect(value(parseRating('5星'))).toBe(5);
    expect(value(parseRating('★★★★'))).toBe(4);
    expect(value(parseRating('差评'))).toBe(1);
    expect(value(parseRating(3))).toBe(3);
    expect(value(parseRating('4.5'))).toBe(4.5);
    expect(value(parseRating('6'))).toMatch(/outside 1-5/);
    expect(value(parseRating('0'))).toMatch(/outside/);
  });
});

describe('parseId', () => {
  it('keeps long text ids and refuses ids Excel rounded to scientific notation', () => {
    expect(value(parseId(' 3987654321098765432 '))).toBe('3987654321098765432');
    expect(value(parseId(1001))).toBe('1001');
    expect(value(parseId('3.98765E+18'))).toMatch(/scientific notation/);
  });

  it('unwraps an id written as Excel text, as Taobao and Tmall exports write order ids', () => {
    expect(value(parseId('="3721004455660001"'))).toBe('3721004455660001');
    expect(value(parseId('=3721'))).toBe('=3721');
  });
});

describe('money and refunds', () => {
  it('rejects a negative amount in a money column and takes it, as money back, only in a refund column', () => {
    expect(value(parseMoney('-100'))).toBe('error: amount -100 is negative (export refunds separately, not in the amount column)');
    expect(value(parseMoney('¥-39.90'))).toMatch(/^error: amount ¥-39.90 is negative/);
    expect(value(parseMoney('39.90'))).toBe(39.9);
    expect(value(parseRefund('-100'))).toBe(100);
    expect(value(parseRefund('¥30元'))).toBe(30);
    expect(value(parseRefund('退了'))).toBe('error: "退了" is not a number');
  });
});
