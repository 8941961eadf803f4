import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { sharedData } from '../src/ingest/shared-data.js';

/**
 * A Taobao shop's own downloads, built from public data so the browser imports real buyers and real words:
 * 订单报表 (ExportOrderList) from the CDNOW sample's purchases and 评价 from the 热水器 reviews of
 * online_shopping_10_cats, both saved in GBK as 卖家中心 saves them.
 */

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const beijing = (ms: number) => {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The shop's one product, as the 宝贝标题 of both exports names it. */
export const HEATER = '电热水器 60升 速热 一级能效';

/**
 * The CDNOW sample's purchases (customer, day, units, dollars) as a Taobao 订单报表 ending on `lastDay`: each
 * purchase one order of the heater, its money in yuan (dollars × 20), the buyer a 买家会员名.
 */
export function taobaoOrderList(lastDay: Date): Buffer {
  const rows = readFileSync(sharedData.cdnowSample, 'utf8').trim().split('\n').map((line) => line.trim().split(/\s+/));
  const day = (yyyymmdd: string) => Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8));
  let latest = -Infinity;
  for (const r of rows) latest = Math.max(latest, day(r[2]));
  const shift = lastDay.getTime() - latest;
  const header = '订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,买家留言,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,宝贝总数量,店铺名称,订单关闭原因,退款金额';
  const lines = rows.map(([customer, , yyyymmdd, units, dollars], i) => {
    const yuan = (Number(dollars) * 20).toFixed(2);
    // Buyers order during the day, ten minutes apart within a day's orders.
    const at = day(yyyymmdd) + shift + (2 * 3_600_000) + (i % 60) * 600_000;
    const id = `="${3_721_000_000_000_000 + i}"`;
    return [id, `tb_${customer}`, '', yuan, '0.00', yuan, yuan, '交易成功', '', '', '浙江省 杭州市 西湖区', '', beijing(at), beijing(at + 60_000), HEATER, '1', units, '开款小店', '', '0.00'].join(',');
  });
  return iconv.encode([header, ...lines].join('\r\n'), 'gbk');
}

/** The 热水器 reviews as a Taobao 评价 export over the `days` before `lastDay`: label 1 is 好评, 0 is 差评. */
export function taobaoReviews(lastDay: Date, days: number): Buffer {
  const rows = readFileSync(sharedData.onlineShopping, 'utf8').split('\n').slice(1)
    .map((line) => line.match(/^([^,]*),([01]),(.*)$/)).filter((m): m is RegExpMatchArray => m !== null && m[1] === '热水器');
  const header = '评价时间,评价内容,宝贝标题,评价结果,买家昵称';
  const lines = rows.map((m, i) => {
    const at = lastDay.getTime() - Math.floor((i * days) / rows.length) * DAY_MS - (i % 13) * 3_600_000;
    return [beijing(at), quoted(m[3].trim()), HEATER, m[2] === '1' ? '好评' : '差评', `买家${i % 97}`].join(',');
  });
  return iconv.encode([header, ...lines].join('\r\n'), 'gbk');
}
