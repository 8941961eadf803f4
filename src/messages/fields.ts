/**
 * Names of the fields people fill in (the last part of a field's path: `counts.intentYes` → `intentYes`), what can
 * be wrong with a value, and the words that appear inside messages (statuses, outcomes), so a rejected form says
 * "说愿意买的人数：不能多于问过的人数" instead of "invalid counts.intentYes".
 */
const enFields = {
  // launch risk
  mouldCost: 'mould cost', leadTimeDays: 'days from mould to first sale', minimumOrder: 'minimum order',
  firstOrder: 'first batch', unitCost: 'unit cost', price: 'price', channelFeeRate: 'platform fee rate',
  channelFeePerUnit: 'shipping and packing per unit', salvageValue: 'clearance price', restock: 'reorder',
  sellingWeeks: 'selling weeks', demand: 'expected sales', units: 'units', mean: 'average sales', sd: 'spread',
  low: 'lowest', likely: 'most likely', high: 'highest', smooth: 'smoothing', elasticity: 'price sensitivity',
  referencePrice: 'reference price', startDate: 'mould order date', testFirst: 'test first', cost: 'cost',
  days: 'days', noise: 'test error', kind: 'kind', plan: 'plan', seed: 'random seed', draws: 'simulations',
  // concept tests and ideas
  views: 'views', likes: 'likes', saves: 'saves', intentAsked: 'people asked', intentYes: 'people who said yes',
  counts: 'reactions', comments: 'comments', name: 'name', variants: 'designs', decideBy: 'compare by',
  category: 'category', description: 'description', fixes: 'what it fixes', ideas: 'ideas', weights: 'weights',
  growth: 'growth', painRelief: 'fixes pain points', competition: 'competition',
  sameness: 'sameness', margin: 'margin',
  // spending and the money guard
  agent: 'employee', action: 'action', amountYuan: 'amount (yuan)', channel: 'channel', payload: 'details',
  idempotencyKey: 'request id', reason: 'reason', secondConfirmAboveYuan: 'second confirmation above',
  capYuan: 'cap per spend', secondConfirmDelayMinutes: 'wait before second confirmation',
  dailyBudgetYuan: 'daily budget', monthlyBudgetYuan: 'monthly budget', proposalTtlHours: 'request expires after',
  view: 'view', subject: 'subject', before: 'before', limit: 'how many',
  // digital employees, reports, sign-in
  productId: 'product', buyerId: 'buyer', region: 'region', question: 'question', run: 'run', outcome: 'outcome', answer: 'answer', role: 'employee',
  photoId: 'product photo', conceptTestId: 'concept test',
  horizon: 'months ahead', top: 'how many', month: 'month', window: 'time range', key: 'keyword', product: 'product',
  platform: 'platform', since: 'since', email: 'email', password: 'password', label: 'label', rating: 'rating',
  capability: 'feature', subjectId: 'item', format: 'format', encoding: 'encoding', sheet: 'sheet',
  body: 'request', scope: 'scope', owner: 'whose reviews',
  // profit per product
  platformFeeRate: 'platform fee rate', shippingPerOrder: 'shipping per order', salesLostPerStar: 'sales lost per star',
} as const;

export type FieldName = keyof typeof enFields;

const zhFields: Record<FieldName, string> = {
  mouldCost: '开模费', leadTimeDays: '从开模到开卖的天数', minimumOrder: '起订量', firstOrder: '首批数量',
  unitCost: '单件成本', price: '售价', channelFeeRate: '平台扣点', channelFeePerUnit: '每件运费和包装',
  salvageValue: '清仓价', restock: '返单', sellingWeeks: '卖几周', demand: '预计销量', units: '件数',
  mean: '平均销量', sd: '波动', low: '最少', likely: '最可能', high: '最多', smooth: '平滑', elasticity: '价格敏感度',
  referencePrice: '参考价', startDate: '开模日期', testFirst: '先打样测试', cost: '费用', days: '天数',
  noise: '测试误差', kind: '类型', plan: '测算方案', seed: '随机种子', draws: '模拟次数',
  views: '看过的人数', likes: '点赞数', saves: '收藏数', intentAsked: '问过的人数', intentYes: '说愿意买的人数',
  counts: '反馈数', comments: '评论', name: '名称', variants: '款式', decideBy: '比较方式', category: '类目',
  description: '说明', fixes: '解决的痛点', ideas: '新款想法', weights: '打分权重',
  growth: '增长', painRelief: '解决痛点', competition: '竞争', sameness: '同质化', margin: '毛利',
  agent: '数字员工', action: '动作', amountYuan: '金额（元）', channel: '渠道', payload: '明细', idempotencyKey: '申请编号',
  reason: '原因', secondConfirmAboveYuan: '超过多少元要二次确认', capYuan: '单笔上限', secondConfirmDelayMinutes: '二次确认前等待',
  dailyBudgetYuan: '每日预算', monthlyBudgetYuan: '每月预算', proposalTtlHours: '申请多久后过期',
  view: '显示范围', subject: '对象', before: '早于', limit: '条数',
  productId: '商品', buyerId: '买家', region: '地区', question: '问题', run: '执行', outcome: '处理结果', answer: '回复', role: '数字员工',
  photoId: '商品照片', conceptTestId: '款式测试',
  horizon: '预测月数', top: '显示前几名', month: '月份', window: '时间范围', key: '关键词', product: '商品',
  platform: '平台', since: '开始日期', email: '邮箱', password: '密码', label: '名称', rating: '评分',
  capability: '功能', subjectId: '条目', format: '文件格式', encoding: '编码', sheet: '工作表',
  body: '提交的内容', scope: '范围', owner: '统计谁的评价',
  platformFeeRate: '平台扣点', shippingPerOrder: '每单运费', salesLostPerStar: '每少一颗星少卖的比例',
};

/** What is wrong with one value; zod's issue codes map here (see zod-problems.ts). */
const enProblems = {
  missing: 'is missing',
  not_number: 'must be a number',
  not_whole: 'must be a whole number',
  not_text: 'must be text',
  not_yes_no: 'must be yes or no',
  not_list: 'must be a list',
  wrong_type: 'has the wrong type',
  at_least: 'must be at least {limit}',
  above: 'must be more than {limit}',
  at_most: 'must be at most {limit}',
  below: 'must be less than {limit}',
  text_too_short: 'must have at least {limit} characters',
  text_too_long: 'must have at most {limit} characters',
  list_too_short: 'needs at least {limit}',
  list_too_long: 'takes at most {limit}',
  one_of: 'must be one of {options}',
  bad_format: 'is not in the right format',
  bad_date: 'must be a date like 2026-01-31',
  unknown_field: 'is not a field this takes',
  invalid: 'is not valid',
  // refinements named by the schemas themselves
  yes_over_asked: 'cannot be more than the people asked',
  range_order: 'needs lowest ≤ most likely ≤ highest, and lowest < highest',
  first_below_minimum: 'cannot be below the minimum order',
  names_must_differ: 'names must differ',
  product_or_category: 'choose a product or a category, not both',
} as const;

export type ProblemName = keyof typeof enProblems;

const zhProblems: Record<ProblemName, string> = {
  missing: '没有填',
  not_number: '要填数字',
  not_whole: '要填整数',
  not_text: '要填文字',
  not_yes_no: '要选“是”或“否”',
  not_list: '要填一组内容',
  wrong_type: '填的类型不对',
  at_least: '不能小于 {limit}',
  above: '要大于 {limit}',
  at_most: '不能大于 {limit}',
  below: '要小于 {limit}',
  text_too_short: '至少要 {limit} 个字',
  text_too_long: '最多 {limit} 个字',
  list_too_short: '至少要 {limit} 个',
  list_too_long: '最多 {limit} 个',
  one_of: '只能是 {options} 之一',
  bad_format: '格式不对',
  bad_date: '要填日期，例如 2026-01-31',
  unknown_field: '不是这里能填的项',
  invalid: '填得不对',
  yes_over_asked: '不能多于问过的人数',
  range_order: '要满足 最少 ≤ 最可能 ≤ 最多，且最少 < 最多',
  first_below_minimum: '不能少于起订量',
  names_must_differ: '名称不能重复',
  product_or_category: '商品和类目只能选一个',
};

/** Words that appear as parameters (a proposal's status, a task's outcome). */
const enWords = {
  pending: 'pending', awaiting_second: 'awaiting second confirmation', approved: 'approved', executing: 'being spent',
  executed: 'spent', failed: 'failed', undone: 'undone', rejected: 'rejected', expired: 'expired', refused: 'refused',
  accepted: 'accepted', done: 'done', running: 'running',
  // what an import file holds (its kind)
  'kind.reviews': 'reviews', 'kind.posts': 'social posts', 'kind.products': 'products', 'kind.orders': 'orders',
  'kind.buyers': 'buyers', 'kind.keywords': 'keyword volumes',
} as const;

export type WordName = keyof typeof enWords;

const zhWords: Record<WordName, string> = {
  pending: '待确认', awaiting_second: '等第二次确认', approved: '已批准', executing: '正在花', executed: '已花出',
  failed: '失败', undone: '已撤回', rejected: '已拒绝', expired: '已过期', refused: '已拒付',
  accepted: '已采纳', done: '已完成', running: '进行中',
  'kind.reviews': '评价', 'kind.posts': '社交帖子', 'kind.products': '商品', 'kind.orders': '订单',
  'kind.buyers': '客户', 'kind.keywords': '搜索词热度',
};

export const fieldNames = { 'zh-CN': zhFields, en: enFields } as const;
export const problems = { 'zh-CN': zhProblems, en: enProblems } as const;
export const words = { 'zh-CN': zhWords, en: enWords } as const;
