/**
 * One spelling per platform, so "天猫", "Tmall" and "TMALL" count as one place to sell.
 * Unknown names pass through lower-cased.
 */
const PLATFORM_SPELLINGS: Record<string, readonly string[]> = {
  taobao: ['淘宝', '淘宝网', 'taobao'],
  tmall: ['天猫', '天猫商城', 'tmall'],
  jd: ['京东', '京东商城', 'jd', 'jd.com', 'jingdong'],
  pdd: ['拼多多', 'pdd', 'pinduoduo'],
  douyin: ['抖音', '抖店', '抖音电商', 'douyin'],
  kuaishou: ['快手', 'kuaishou'],
  xiaohongshu: ['小红书', 'xhs', 'xiaohongshu', 'red'],
  weibo: ['微博', '新浪微博', 'weibo'],
  '1688': ['1688', '阿里巴巴', '1688.com'],
  amazon: ['亚马逊', 'amazon', 'amazon.com'],
};

const CANONICAL = new Map<string, string>(
  Object.entries(PLATFORM_SPELLINGS).flatMap(([code, names]) => names.map((n) => [n.toLowerCase(), code] as const)),
);

/** Used when neither the file nor the merchant says where the rows come from. */
export const UNKNOWN_PLATFORM = 'unknown';

/**
 * A file spells its platforms a handful of ways, once per row; NFKC-normalising every row's cell
 * cost more than the rest of its platform work, so recent spellings are remembered.
 */
const SPELLINGS_REMEMBERED = 256;
const remembered = new Map<string, string>();

export function canonicalPlatform(name: string | null | undefined): string {
  const raw = name ?? '';
  let code = remembered.get(raw);
  if (code === undefined) {
    const key = raw.normalize('NFKC').trim().toLowerCase();
    code = key === '' ? UNKNOWN_PLATFORM : (CANONICAL.get(key) ?? key);
    if (remembered.size >= SPELLINGS_REMEMBERED) remembered.clear();
    remembered.set(raw, code);
  }
  return code;
}
