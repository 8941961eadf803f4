/**
 * What an import tells the merchant about rows and files (beside the error catalogue, in the same languages), in plain Chinese by default and English
 * when chosen. Readers and cell parsers speak in problems (a code and its values); the report
 * renders them once, at the edge, in the merchant's language.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './keys.js';

export { DEFAULT_LOCALE, LOCALES, type Locale };

const zhCN = {
  empty: '为空',
  excelRoundedId: '“{value}”被 Excel 改成了科学计数法，原来的编号已经丢失：把这一列设成文本后重新导出',
  notFinite: '不是有效的数字',
  notNumber: '“{value}”不是数字',
  negative: '{value} 是负数',
  negativeMoney: '金额 {value} 是负数（退款请单独导出，不要写在金额列）',
  notRating: '“{value}”不是评分',
  ratingOutside: '评分 {value} 超出了 {min}–{max} 分',
  dateOutOfRange: '日期超出范围',
  notCalendarDate: '{value} 不是日历上存在的日期',
  notDate: '“{value}”不是日期',
  dateTooEarly: '日期 {value} 早于 {earliest}（导入历史数据时可以放宽这个下限）',
  dateInFuture: '日期 {value} 晚于明天',
  quantityNotPositive: '数量必须大于 0',
  needsAmountOrPrice: '需要金额或单价',
  needsIdOrSku: '需要商品ID或SKU',
  needsBuyer: '需要买家（买家会员名/买家ID，或收货人）',
  unknownOrderStatus: '订单状态“{value}”认不出来：请写成已付款、未付款、已取消、已退款或部分退款',
  'orders.unpaid': '{count} 笔未付款',
  'orders.cancelled': '{count} 笔已取消',
  'orders.refunded': '{count} 笔已全额退款',
  'orders.notSales': '{list}的订单不计入销售',
  'orders.partlyRefunded': '{count} 笔部分退款的订单只计实收减去退款（共退 {refund} 元）',
  notOwner: '“{value}”既不是自有也不是竞品',
  notBucket: '“{value}”不是日/周/月',
  invalid: '内容不符合要求（{detail}）',
  expectedCells: '应该是一行单元格',
  expectedObject: '应该是一个 JSON 对象',
  missingColumns: '缺少这些列：{columns}',
  notJson: '这一行不是 JSON（{detail}）',
  notJsonLines: '第 {from}–{to} 行的这条记录不是 JSON（{detail}）',
  jsonBrokenTail: '第 {line} 行出现了 JSON 数组里不该有的“{found}”（这里只能是逗号或数组结尾的“]”）：从这一行到文件末尾第 {last} 行都没有导入',
  jsonEndsInRecord: '文件在第 {line} 行开始的这条记录中间就结束了（文件不完整，可能没有下载完或保存完），这条记录没有导入',
  jsonNoArrayEnd: '文件在第 {line} 行结束，JSON 数组却没有用“]”收尾（文件不完整，可能没有下载完或保存完）',
  tooDeep: 'JSON 嵌套超过 {max} 层',
  undecodable: '这一行的文字编码无法识别（乱码），没有导入',
  unclosedQuote: '引号没有闭合',
  cellTooLong: '单元格超过 {max} 个字符',
  formulaWithoutValue: '公式 {formula} 没有保存计算结果：在 Excel 里打开、保存后再导出',
  conflict: '编号与第 {first} 行相同，但内容不同',
  fileEmpty: '文件是空的，没有任何内容',
  headerOnly: '文件只有表头，没有数据行',
  noRecords: '文件里没有任何记录',
  cutShort: '文件不完整，在第 {line} 行断开：前面的 {records} 条记录照常导入（有问题的列在拒绝清单里），断开处记为 1 条拒绝',
  'report.row': '行号',
  'report.column': '列',
  'report.value': '内容',
  'report.reason': '原因',
};

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  empty: 'is empty',
  excelRoundedId: '"{value}" was rounded by Excel into scientific notation; format the column as text and export again',
  notFinite: 'not a finite number',
  notNumber: '"{value}" is not a number',
  negative: '{value} is negative',
  negativeMoney: 'amount {value} is negative (export refunds separately, not in the amount column)',
  notRating: '"{value}" is not a rating',
  ratingOutside: 'rating {value} is outside {min}-{max}',
  dateOutOfRange: 'date out of range',
  notCalendarDate: '{value} is not a calendar date',
  notDate: '"{value}" is not a date',
  dateTooEarly: 'date {value} is before {earliest} (the window can be widened for historical data)',
  dateInFuture: 'date {value} is after tomorrow',
  quantityNotPositive: 'quantity must be above zero',
  needsAmountOrPrice: 'needs an amount (金额) or a unit price (单价)',
  needsIdOrSku: 'needs a product id (商品ID) or a SKU',
  needsBuyer: 'needs a buyer (买家会员名/buyer id, or the receiver 收货人)',
  unknownOrderStatus: 'order status "{value}" is not one we know: write paid, unpaid, cancelled, refunded or partially refunded',
  'orders.unpaid': '{count} unpaid',
  'orders.cancelled': '{count} cancelled',
  'orders.refunded': '{count} fully refunded',
  'orders.notSales': '{list} orders are not counted as sales',
  'orders.partlyRefunded': '{count} partly refunded orders count what was paid minus the refunds ({refund} yuan refunded)',
  notOwner: '"{value}" is neither own (自有) nor competitor (竞品)',
  notBucket: '"{value}" is not day/week/month (日/周/月)',
  invalid: 'not valid ({detail})',
  expectedCells: 'expected a row of cells',
  expectedObject: 'expected a JSON object',
  missingColumns: 'missing columns: {columns}',
  notJson: 'not JSON ({detail})',
  notJsonLines: 'the record on lines {from}-{to} is not JSON ({detail})',
  jsonBrokenTail: 'line {line} holds "{found}" where the JSON array allows only a comma or its closing "]": nothing from this line to the end of the file (line {last}) is imported',
  jsonEndsInRecord: 'the file ends in the middle of the record that starts on line {line} (the file is incomplete, perhaps not fully downloaded or saved); that record is not imported',
  jsonNoArrayEnd: 'the file ends on line {line} without the "]" that closes its JSON array (the file is incomplete, perhaps not fully downloaded or saved)',
  tooDeep: 'JSON nested deeper than {max} levels',
  undecodable: 'the text of this line is in no encoding we can read (garbled); not imported',
  unclosedQuote: 'a quote is never closed',
  cellTooLong: 'a cell is longer than {max} characters',
  formulaWithoutValue: 'formula {formula} has no saved result: open and save the file in Excel, then export again',
  conflict: 'same id as row {first}, but different content',
  fileEmpty: 'the file is empty',
  headerOnly: 'the file has a header and no rows',
  noRecords: 'the file holds no records',
  cutShort: 'the file is cut short at line {line}: the {records} records before it were imported as usual (any with problems are in the rejects), and the break is 1 reject',
  'report.row': 'row',
  'report.column': 'column',
  'report.value': 'value',
  'report.reason': 'reason',
};

const catalogue: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** What went wrong, before it is put in words: a catalogue key and the values its text names. */
export interface Problem {
  code: MessageKey;
  params?: Record<string, string | number>;
}

export const problem = (code: MessageKey, params?: Problem['params']): Problem => ({ code, params });

export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(zhCN, text);
}

/** The problem in the merchant's language; a value the text names is shown as written. */
export function say(p: Problem, locale: Locale = DEFAULT_LOCALE): string {
  const template = catalogue[locale][p.code];
  return p.params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in p.params! ? String(p.params![name]) : whole)) : template;
}

export function parseLocale(value: unknown): Locale {
  return LOCALES.includes(value as Locale) ? (value as Locale) : DEFAULT_LOCALE;
}
