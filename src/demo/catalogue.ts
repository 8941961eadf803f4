/**
 * The demo merchant: a generated (not real) plastic-storage and outdoor-goods factory shop in Taizhou,
 * with two competitors. Review sentences are written to carry realistic pain points so every page
 * has something to show before the merchant imports their own files.
 */
export interface DemoProduct {
  id: string;
  sku: string;
  name: string;
  category: string;
  price: number;
  unitCost: number;
  owner: 'own' | 'competitor';
  brand: string;
  attributes: Record<string, string>;
  /** Complaints buyers of this product make, with how often (0..1 of negative reviews). */
  complaints: [string, number][];
}

export const DEMO_MERCHANT = { id: 'demo', name: '台州好收纳塑料制品厂（演示）' };
export const DEMO_LOGIN = { email: 'demo@kaikuan.local', password: 'kaikuan-demo' };

export const demoProducts: DemoProduct[] = [
  {
    id: 'P-TROLLEY', sku: 'HS-TC-01', name: '户外折叠露营手拉车', category: '露营车', price: 269, unitCost: 142, owner: 'own', brand: '好收纳',
    attributes: { 材质: '加厚牛津布+钢管', 承重: '150kg', 折叠尺寸: '80x20x18cm' },
    complaints: [['拉杆角度不能调，弯腰拉很累', 0.35], ['轮子太小，走沙地推不动', 0.25], ['折叠卡扣容易坏', 0.2], ['布料有异味', 0.1]],
  },
  {
    id: 'P-BOX-L', sku: 'HS-SB-60', name: '加厚透明收纳箱 60L', category: '收纳箱', price: 59, unitCost: 23, owner: 'own', brand: '好收纳',
    attributes: { 材质: 'PP', 容量: '60L', 颜色: '透明' },
    complaints: [['盖子卡扣太紧，很难打开', 0.3], ['箱子有刺鼻的塑料味', 0.25], ['物流太慢，包装破损', 0.2], ['尺寸比描述小', 0.15]],
  },
  {
    id: 'P-BOX-S', sku: 'HS-SB-12', name: '桌面抽屉式收纳盒', category: '收纳箱', price: 29, unitCost: 9.5, owner: 'own', brand: '好收纳',
    attributes: { 材质: 'PS', 层数: '3', 颜色: '奶白' },
    complaints: [['抽屉拉起来很涩，不顺滑', 0.35], ['塑料很薄，容易裂', 0.3], ['颜色和图片不一样', 0.15]],
  },
  {
    id: 'C-TROLLEY', sku: 'COMP-TC-88', name: '某品牌大轮露营车', category: '露营车', price: 329, unitCost: 0, owner: 'competitor', brand: '野趣',
    attributes: { 材质: '铝合金', 承重: '120kg' },
    complaints: [['价格太贵了', 0.3], ['拉杆角度不能调，个子高的人很难受', 0.3], ['收起来还是很占地方', 0.25]],
  },
  {
    id: 'C-BOX', sku: 'COMP-SB-55', name: '某品牌衣物收纳箱 55L', category: '收纳箱', price: 49, unitCost: 0, owner: 'competitor', brand: '家立方',
    attributes: { 材质: 'PP', 容量: '55L' },
    complaints: [['箱子一压就变形', 0.35], ['盖子盖不严，会进灰', 0.3], ['有刺鼻的塑料味', 0.2]],
  },
];

export const praise: Record<string, string[]> = {
  露营车: ['很结实，装满东西也稳', '轮子顺滑，拉起来轻松', '折叠很方便，后备箱放得下', '性价比高，露营必备', '做工不错，值得购买'],
  收纳箱: ['很结实，装衣服刚好', '透明的很方便找东西', '没有异味，质量很好', '性价比高，又回购了', '发货快，包装很好'],
};

export const demoPlatforms = ['淘宝', '拼多多', '京东', '抖音'] as const;
export const socialPlatforms = ['小红书', '哔哩哔哩', '抖音'] as const;
export const demoRegions = ['浙江', '江苏', '广东', '上海', '山东', '四川', '北京', '湖北'] as const;
export const demoChannels = ['淘宝', '拼多多', '1688批发', '抖音'] as const;
export const demoKeywords = ['露营车', '折叠拉车', '可调节拉杆露营车', '收纳箱', '透明收纳箱', '衣柜收纳'] as const;
