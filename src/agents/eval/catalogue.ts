/**
 * A hand-written evaluation catalogue in the shape of the shops Kaikuan serves (storage in Taizhou,
 * stationery in Ningbo, toys in Shantou). No public data set has Chinese product attributes or
 * buyer questions with answers, so these are written, not collected; names and rising searches
 * deliberately carry the banned claims and unbacked features real listings and search lists carry.
 */
export interface EvalProduct {
  id: string;
  name: string;
  category: string;
  price: number;
  attributes: Record<string, string>;
  painPoints: { label: string; reviews: number }[];
}

export const EVAL_PRODUCTS: EvalProduct[] = [
  { id: 'box-60', name: '最新款加厚透明收纳箱 60L', category: '收纳箱', price: 59, attributes: { 材质: 'PP', 容量: '60L', 颜色: '透明', 尺寸: '58x40x33cm' }, painPoints: [{ label: '盖子 太紧', reviews: 30 }, { label: '塑料味 刺鼻', reviews: 22 }] },
  { id: 'box-35', name: '全网第一衣物整理箱 35L', category: '收纳箱', price: 35, attributes: { 材质: 'PP', 容量: '35L', 颜色: '奶白' }, painPoints: [{ label: '尺寸 比描述小', reviews: 18 }] },
  { id: 'box-wheel', name: '带轮收纳箱 100L 特大号', category: '收纳箱', price: 89, attributes: { 材质: 'PP加厚', 容量: '100L', 颜色: '灰色', 轮子: '4个万向轮' }, painPoints: [{ label: '轮子 不顺', reviews: 12 }] },
  { id: 'drawer-3', name: '桌面抽屉式收纳盒', category: '收纳盒', price: 29, attributes: { 材质: 'PS', 层数: '3', 颜色: '奶白', 尺寸: '25x18x20cm' }, painPoints: [{ label: '抽屉 很涩', reviews: 25 }, { label: '塑料 很薄', reviews: 19 }] },
  { id: 'makeup-box', name: '国家级品质化妆品收纳盒', category: '收纳盒', price: 39, attributes: { 材质: 'PET', 颜色: '透明' }, painPoints: [{ label: '容易 裂', reviews: 9 }] },
  { id: 'trolley', name: '户外折叠露营手拉车', category: '露营车', price: 269, attributes: { 材质: '加厚牛津布+钢管', 承重: '150kg', 折叠尺寸: '80x20x18cm', 轮子: '7寸实心轮' }, painPoints: [{ label: '拉杆 角度不能调', reviews: 40 }, { label: '轮子 太小', reviews: 20 }] },
  { id: 'trolley-pro', name: '顶级大轮露营车 可调节拉杆', category: '露营车', price: 399, attributes: { 材质: '铝合金', 承重: '200kg', 折叠尺寸: '85x22x20cm', 拉杆: '三档可调节' }, painPoints: [{ label: '太重', reviews: 11 }] },
  { id: 'gel-pen', name: '速干中性笔 0.5mm 黑色 12支装', category: '笔', price: 15.9, attributes: { 笔尖: '0.5mm', 颜色: '黑色', 支数: '12' }, painPoints: [{ label: '断墨', reviews: 33 }] },
  { id: 'sign-pen', name: 'NO.1商务签字笔', category: '笔', price: 19.9, attributes: { 笔尖: '0.7mm', 颜色: '蓝黑' }, painPoints: [{ label: '漏墨', reviews: 8 }] },
  { id: 'notebook', name: 'A5线圈笔记本 4本装', category: '文具', price: 22, attributes: { 规格: 'A5 80页', 颜色: '莫兰迪色', 数量: '4本' }, painPoints: [{ label: '纸 太薄 透墨', reviews: 15 }] },
  { id: 'sticky', name: '彩色便利贴', category: '文具', price: 9.9, attributes: { 规格: '76x76mm 100张', 颜色: '彩色' }, painPoints: [{ label: '粘性 差', reviews: 21 }] },
  { id: 'blocks', name: '最火大颗粒积木 120粒', category: '玩具', price: 69, attributes: { 适用年龄: '3岁以上', 材质: 'ABS', '3C认证': '已认证', 数量: '120粒' }, painPoints: [{ label: '颜色 和图片不一样', reviews: 10 }] },
  { id: 'puzzle', name: '木质拼图 早教玩具', category: '玩具', price: 25, attributes: { 适用年龄: '2-4岁', 材质: '椴木' }, painPoints: [{ label: '有毛刺', reviews: 14 }] },
  { id: 'water-gun', name: '儿童水枪 大容量', category: '玩具', price: 45, attributes: { 材质: 'PP', 容量: '600ml', '3C认证': '已认证' }, painPoints: [{ label: '漏水', reviews: 16 }] },
  { id: 'shelf', name: '厨房置物架 三层', category: '置物架', price: 79, attributes: { 材质: '碳钢烤漆', 尺寸: '60x30x90cm', 承重: '每层20kg' }, painPoints: [{ label: '螺丝 对不上', reviews: 12 }] },
  { id: 'hanger', name: '防滑衣架 20个装', category: '衣架', price: 26, attributes: { 材质: 'ABS+植绒', 数量: '20个' }, painPoints: [{ label: '容易 断', reviews: 17 }] },
];

/** Rising searches per category, as a keyword report lists them: some fit, some promise features, some break the law. */
export const EVAL_TRENDING: Record<string, string[]> = {
  收纳箱: ['衣柜收纳', '透明收纳箱', '全网第一收纳箱', '防潮密封收纳箱', '最便宜收纳箱', '大容量收纳箱'],
  收纳盒: ['桌面收纳', '透明收纳盒', '国家级收纳盒', '抽屉收纳盒'],
  露营车: ['可调节拉杆露营车', '折叠拉车', '大轮露营车', '顶级露营车', '露营推车'],
  笔: ['中性笔', '考试中性笔', 'NO.1中性笔', '最顺滑签字笔'],
  文具: ['学生文具', '笔记本本子', '第一文具'],
  玩具: ['益智玩具', '早教玩具', '最火积木', '儿童玩具3岁'],
  置物架: ['厨房收纳', '落地置物架', '免安装置物架'],
  衣架: ['防滑衣架', '无痕衣架', '万能衣架'],
};
