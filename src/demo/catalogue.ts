/**
 * The demo merchant: a generated (not real) plastic-storage and outdoor-goods factory shop in Taizhou,
 * with two competitors. Each complaint is said the several ways real buyers say it — other words for the
 * same part (拉杆/把手/拉手), colloquial and clipped phrasings, the odd typo (拉竿, 按扭) — and
 * `generate.ts` mixes praise into some complaining reviews, so every page shows what the product does with
 * reviews that were not written to suit the tagger.
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
  /**
   * Complaints buyers of this product make, each as the ways buyers say it (the first the most common),
   * with how often it is made (0..1 of negative reviews).
   */
  complaints: [string[], number][];
}

export const DEMO_MERCHANT = { id: 'demo', name: '台州好收纳塑料制品厂（演示）' };
export const DEMO_LOGIN = { email: 'demo@kaikuan.local', password: 'kaikuan-demo' };

export const demoProducts: DemoProduct[] = [
  {
    id: 'P-TROLLEY', sku: 'HS-TC-01', name: '户外折叠露营手拉车', category: '露营车', price: 269, unitCost: 142, owner: 'own', brand: '好收纳',
    attributes: { 材质: '加厚牛津布+钢管', 承重: '150kg', 折叠尺寸: '80x20x18cm' },
    complaints: [
      [['拉杆角度不能调，弯腰拉很累', '把手的角度调不了，拉着得一直弯腰', '拉竿角度没法调 拉久了腰酸', '拉手只有一个角度，个子高的拉着别扭'], 0.35],
      [['轮子太小，走沙地推不动', '轮子有点小，草地上拉不动', '轮子太小了，一到沙滩就陷进去', '小轮子在石子路上卡得厉害'], 0.25],
      [['折叠卡扣容易坏', '卡扣用了几次就断了', '折叠的那个扣子松了，老是自己弹开', '卡扣塑料的，感觉撑不了多久'], 0.2],
      [['布料有异味', '布有股怪味，晒了两天还有', '打开一股味儿，有点刺鼻'], 0.1],
    ],
  },
  {
    id: 'P-BOX-L', sku: 'HS-SB-60', name: '加厚透明收纳箱 60L', category: '收纳箱', price: 59, unitCost: 23, owner: 'own', brand: '好收纳',
    attributes: { 材质: 'PP', 容量: '60L', 颜色: '透明' },
    complaints: [
      [['盖子卡扣太紧，很难打开', '盖子扣得太紧了，女生根本掰不开', '卡扣好紧，开一次要用很大劲', '盖子的扣太紧 每次开都怕掰断'], 0.3],
      [['箱子有刺鼻的塑料味', '塑料味好重，放衣服都串味了', '一股塑料味，开箱熏得头疼', '味道有点冲，放阳台散了一周'], 0.25],
      [['物流太慢，包装破损', '快递走了一个礼拜，纸箱都压烂了', '发货慢，箱子角还磕破了'], 0.2],
      [['尺寸比描述小', '比想象的小，60L感觉只有40L', '实物偏小，被子放不进去'], 0.15],
    ],
  },
  {
    id: 'P-BOX-S', sku: 'HS-SB-12', name: '桌面抽屉式收纳盒', category: '收纳箱', price: 29, unitCost: 9.5, owner: 'own', brand: '好收纳',
    attributes: { 材质: 'PS', 层数: '3', 颜色: '奶白' },
    complaints: [
      [['抽屉拉起来很涩，不顺滑', '抽屉推拉卡卡的，不顺', '抽屉好涩，拉的时候整个盒子跟着动'], 0.35],
      [['塑料很薄，容易裂', '塑料太薄了，掉地上就裂了一道缝', '壳子很薄，轻轻一压就裂了', '材质薄，边角有裂纹'], 0.3],
      [['颜色和图片不一样', '颜色跟图片差好多，发黄', '实物颜色偏灰，和图片有色差'], 0.15],
    ],
  },
  {
    id: 'C-TROLLEY', sku: 'COMP-TC-88', name: '某品牌大轮露营车', category: '露营车', price: 329, unitCost: 0, owner: 'competitor', brand: '野趣',
    attributes: { 材质: '铝合金', 承重: '120kg' },
    complaints: [
      [['价格太贵了', '这个价有点贵了，同款别家便宜一百', '贵，性价比不高'], 0.3],
      [['拉杆角度不能调，个子高的人很难受', '把手角度调不了，我一米八拉着腰疼', '拉杆角度是死的，不能调'], 0.3],
      [['收起来还是很占地方', '折叠后还是很大，后备箱放不下', '收起来体积也不小，占地方'], 0.25],
    ],
  },
  {
    id: 'C-BOX', sku: 'COMP-SB-55', name: '某品牌衣物收纳箱 55L', category: '收纳箱', price: 49, unitCost: 0, owner: 'competitor', brand: '家立方',
    attributes: { 材质: 'PP', 容量: '55L' },
    complaints: [
      [['箱子一压就变形', '箱子太软了，叠两层就压变形', '放了点书箱子就鼓了，变形'], 0.35],
      [['盖子盖不严，会进灰', '盖子合不上，缝很大进灰', '盖子盖不紧，里面全是灰'], 0.3],
      [['有刺鼻的塑料味', '塑料味很冲', '味道刺鼻，不敢放宝宝衣服'], 0.2],
    ],
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
