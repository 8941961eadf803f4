/**
 * The closed word classes that decide what a complaint is (complaints.ts): Chinese product dimensions,
 * verdicts, the product as a whole, the buyer, consequences and the ways negation is written. Each list
 * was drawn up by reading the tuning halves of the gold sets (gold/painpoints), never the held-out halves.
 */
/**
 * Dimensions of a part. Each is its own complaint (高度 ≠ 角度 ≠ 长度: different mould changes), never a
 * synonym of another, and never the part itself: 拉杆角度 is about the 拉杆's 角度.
 */
export const ATTRIBUTE_WORDS: ReadonlySet<string> = new Set([
  '高度', '角度', '长度', '宽度', '厚度', '深度', '颜色', '重量', '尺寸', '大小', '容量', '硬度', '弹性', '松紧', '温度', '亮度', '音量', '速度',
]);

/**
 * Words that say only that the buyer is unhappy (差, 垃圾, 失望), not what is wrong. Said of a part they
 * make the part's general complaint (服务差); said of nothing they are overall dissatisfaction, which
 * names no fix and is no pain point.
 */
export const GENERIC_COMPLAINT_WORDS: ReadonlySet<string> = new Set([
  '差', '不好', '垃圾', '失望', '一般', '糟糕', '恶心', '烂', '差劲', '不行', '不满意', '坑', '坑爹', '上当', '后悔', '无语', '郁闷',
  '生气', '气愤', '晕', '呵呵', '差评', '极差', '不怎么样', '不咋地', '不佳', '不爽', '骗人', '骗', '欺骗', '忽悠', '问题', '有问题',
  '不合理', '麻烦', '不方便', '不舒服', '难受', '失败', '太差', '很差', '坑人', '醉了', '服了', '无奈', '可惜', '遗憾',
]);

/**
 * Words about the buyer's verdict or intentions (不喜欢, 不买, 不推荐, 差评, 转发), not about the product:
 * dropped from what is wrong, negated or not.
 */
export const VERDICT_WORDS: ReadonlySet<string> = new Set([
  '喜欢', '满意', '推荐', '买', '购买', '想', '住', '选择', '会', '说', '评', '差评', '好评', '理解', '建议', '再来', '回购', '光顾',
  '信任', '相信', '放心', '转发', '醉', '唉', '哎', '逼', '明显', '只能', '搞', '卖', '知道', '懂', '敢', '要', '给', '让', '好', '行',
  '怎么样', '咋样', '评价', '希望', '觉得', '感觉', '抵制', '拒绝', '珍爱', '值得', '考虑', '注意', '小心', '谨慎', '慎重', '千万',
  '开心', '高兴', '愉快', '爽', '严重', '恶劣', '无耻', '打死', '傻', '傻逼', '倒闭', '去死', '连', '呸', '靠', '操', '垃圾桶', '完', '懒得', '根本', '再也', '是', '解释', '写明', '有', '来',
]);

/**
 * The product as a whole, whatever is sold: a generic complaint about it (东西差, 质量差) is overall
 * dissatisfaction. What the merchant sells (the review's category and product name) counts the same.
 */
export const WHOLE_PRODUCT_WORDS: ReadonlySet<string> = new Set([
  '东西', '商品', '产品', '宝贝', '货', '质量', '品质', '整体', '总体', '机器', '机子', '店', '店家', '卖家', '商家', '网站', '品牌', '牌子', '企业', '公司',
  '感觉', '购物', '体验', '印象', '心情', '问题', '生命', '大家', '朋友', '自己', '东东',
]);

/**
 * The buyer, not the product (个子高的拉着难受, 手腕疼, 腰酸): who suffers, never a part to fix.
 */
export const BUYER_WORDS: ReadonlySet<string> = new Set([
  '个子', '身高', '人', '手', '手腕', '胳膊', '腰', '腿', '脚', '背', '头', '眼睛', '孩子', '宝宝', '小孩', '老人', '家人', '老公', '老婆', '女生', '男生', '我们', '自己',
]);

/**
 * What the buyer went through because of a fault (累, 疼, 费劲): with no part named it says how bad
 * another complaint is, not what to fix.
 */
export const CONSEQUENCE_WORDS: ReadonlySet<string> = new Set([
  '累', '疼', '痛', '酸', '费劲', '吃力', '难受', '辛苦', '费力', '不舒服', '麻', '不动', '不推', '不拉', '推', '拉', '别扭',
]);

/** One word, several ways to write it: 调节 and 调整 what 调 does (高度不能调节 = 高度不能调), 小贵 is 贵. */
export const SAME_VERB: ReadonlyMap<string, string> = new Map([['调节', '调'], ['调整', '调'], ['小贵', '贵']]);

/** Negations jieba keeps as words that NEGATORS (a sentiment list) leaves out: 没法调 = 不能调. */
export const MORE_NEGATORS: ReadonlySet<string> = new Set(['没法', '没办法']);

/** The name a generic complaint about a part takes (服务 → 服务差). */
export const GENERIC_PROBLEM = '差';

/**
 * Resultative complements that negate the verb before them: 调不了 and 打不开 say what 不能调 and 不能打开
 * say, so they become one problem (不调, 不打开).
 */
export const NEGATED_COMPLEMENTS: ReadonlySet<string> = new Set(['不了', '不动', '不开', '不上', '不进', '不住', '不到', '不起来', '不下']);

/**
 * How often or how easily it goes wrong (容易坏, 老是掉): the written name keeps it, the problem is the same
 * one (坏, 掉).
 */
export const TENDENCY_WORDS: ReadonlySet<string> = new Set(['容易', '易', '老是', '总是', '经常', '常常', '总', '老', '动不动']);
