/**
 * Province-level divisions by their short names, the way sales are compared by region. Exports write
 * a region as "浙江", "浙江省" or a whole address ("浙江省 杭州市 西湖区 文三路 90 号"); all are 浙江.
 */
const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
] as const;

/** The province a region or address starts with, by its short name; any other text is kept as written. */
export function provinceOf(region: string | null): string | null {
  if (region === null) return null;
  const text = region.trim();
  for (const province of PROVINCES) if (text.startsWith(province)) return province;
  return text;
}
