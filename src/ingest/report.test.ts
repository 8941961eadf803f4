import { describe, expect, it } from 'vitest';
import { neutralised, rejectsCsv } from './report.js';

describe('rejects report', () => {
  it('makes cells that a spreadsheet would run as formulas into text', () => {
    for (const cell of ['=HYPERLINK("http://x","点我")', '+86 138', '-100', '@SUM(A1)', '\t=1']) expect(neutralised(cell)).toBe(`'${cell}`);
    for (const cell of ['好评', '2024-05-01', '1,299', '']) expect(neutralised(cell)).toBe(cell);
  });

  it('writes the header in the chosen language, then one quoted line per reject', () => {
    const rejects = [
      { row: 3, field: '实付金额', value: '-100', reason: '金额 -100 是负数（退款请单独导出，不要写在金额列）' },
      { row: 7, field: '评价内容', value: '=cmd|" /C calc"!A0', reason: '引号没有闭合' },
    ];
    expect(rejectsCsv(rejects)).toBe(
      '\uFEFF行号,列,内容,原因\r\n' +
        "3,实付金额,'-100,金额 -100 是负数（退款请单独导出，不要写在金额列）\r\n" +
        `7,评价内容,"'=cmd|"" /C calc""!A0",引号没有闭合\r\n`,
    );
    expect(rejectsCsv([], 'en')).toBe('\uFEFFrow,column,value,reason\r\n');
  });
});
