/**
 * What buyers ask and complain about, tied to the product attributes that answer it. The service
 * specialist maps a question to a topic to find the fact; the product specialist maps a pain point
 * to a topic to put the fact that answers it into the listing. Cues are matched as substrings of
 * lower-cased text, longest first, so "多重的东西" (load) wins over "多重" (weight). Capacity is the
 * last-resort answer to "how big" for containers, hence 容量 at the end of 尺寸's keys.
 */
export interface AttributeTopic {
  topic: string;
  /** Attribute keys that state the fact, best first. */
  keys: string[];
  cues: string[];
}

export const ATTRIBUTE_TOPICS: AttributeTopic[] = [
  { topic: '尺寸', keys: ['尺寸', '折叠尺寸', '展开尺寸', '规格', '长宽高', '容量'], cues: ['尺寸', '规格', '多大', '大小', '长宽', '多长', '多宽', '多高', '长度', '宽度', '高度', '比描述小', '偏小', '太小', '放得下', '放不下', '占地方', '收起来'] },
  { topic: '容量', keys: ['容量'], cues: ['容量', '几升', '多少升', '装多少', '能装多少', '装不下'] },
  { topic: '材质', keys: ['材质', '材料'], cues: ['材质', '材料', '什么做的', '什么料', '什么塑料', 'pp', 'ps', '牛津布', '钢管', '铝合金'] },
  { topic: '气味', keys: ['气味'], cues: ['异味', '气味', '味道', '臭', '刺鼻', '塑料味'] },
  { topic: '颜色', keys: ['颜色'], cues: ['颜色', '色差', '什么色', '图片不一样', '透明吗'] },
  { topic: '承重', keys: ['承重', '载重'], cues: ['承重', '载重', '多重的东西', '能承受', '装多重', '压坏'] },
  { topic: '重量', keys: ['重量', '净重'], cues: ['多重', '重量', '净重', '几斤', '多少斤', '公斤'] },
  { topic: '层数', keys: ['层数'], cues: ['几层', '层数', '多少层'] },
  { topic: '数量', keys: ['数量', '支数', '件数', '个数'], cues: ['数量', '几支', '多少支', '几个', '多少个', '几本', '多少本', '几件', '多少件', '几粒', '多少粒'] },
  { topic: '页数', keys: ['页数', '规格'], cues: ['页数', '几页', '多少页'] },
  { topic: '笔尖', keys: ['笔尖'], cues: ['笔尖', '多粗', '粗细'] },
  { topic: '厚度', keys: ['厚度', '壁厚'], cues: ['厚度', '多厚', '太薄', '很薄', '变形', '容易裂', '结实吗'] },
  { topic: '轮子', keys: ['轮子', '轮径'], cues: ['轮子', '万向轮', '轮径', '推不动'] },
  { topic: '拉杆', keys: ['拉杆', '把手'], cues: ['拉杆', '把手', '拉手'] },
  { topic: '盖子', keys: ['盖子'], cues: ['盖子', '箱盖', '盖不严', '打开'] },
  { topic: '卡扣', keys: ['卡扣'], cues: ['卡扣'] },
  { topic: '适用年龄', keys: ['适用年龄'], cues: ['几岁', '年龄', '多大的孩子', '宝宝能'] },
  { topic: '认证', keys: ['3C认证', '认证'], cues: ['3c', 'ccc', '认证'] },
  { topic: '发货', keys: ['发货地', '发货时间'], cues: ['发货', '几天到', '快递', '物流', '包邮'] },
  { topic: '价格', keys: ['价格'], cues: ['多少钱', '价格', '价钱', '售价'] },
];

const CUES = ATTRIBUTE_TOPICS.flatMap((t) => t.cues.map((cue) => ({ cue, topic: t }))).sort((a, b) => b.cue.length - a.cue.length);

/** Topics the text is about, in order of first appearance; each text position feeds one cue only. */
export function topicsOf(text: string): AttributeTopic[] {
  const lower = text.toLowerCase();
  const taken = new Array<boolean>(lower.length).fill(false);
  const hits: { at: number; topic: AttributeTopic }[] = [];
  for (const { cue, topic } of CUES) {
    for (let at = lower.indexOf(cue); at !== -1; at = lower.indexOf(cue, at + cue.length)) {
      if (taken.slice(at, at + cue.length).some(Boolean)) continue;
      taken.fill(true, at, at + cue.length);
      hits.push({ at, topic });
    }
  }
  const seen = new Set<string>();
  return hits
    .sort((a, b) => a.at - b.at)
    .filter(({ topic }) => !seen.has(topic.topic) && seen.add(topic.topic))
    .map(({ topic }) => topic);
}

/** The first attribute that states the topic's fact, if the product has one. */
export function factFor(topic: AttributeTopic, attributes: Record<string, string>): { key: string; value: string } | undefined {
  const key = topic.keys.find((k) => (attributes[k] ?? '').trim() !== '');
  return key ? { key, value: attributes[key].trim() } : undefined;
}
