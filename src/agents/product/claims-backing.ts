/**
 * Words that promise a feature. A trending search term carrying one (可调节拉杆露营车) may go into a
 * title only when the product's own name or attributes state that feature: otherwise the title
 * would promise what the product does not do (a 透明 term on a 奶白 box), which buyers punish with "与描述不符" reviews.
 */
export const FEATURE_WORDS = [
  '可调节', '可调', '加厚', '加大', '防水', '防潮', '防尘', '静音', '无异味', '无味', '大轮', '万向轮', '易开', '密封',
  '食品级', '母婴级', '抗菌', '耐摔', '免安装', '伸缩', '可折叠', '带轮', '带盖', '静音轮', '不变形', '环保', '透明',
];

/** Feature words in `term` that `facts` (name, category, attribute keys and values) do not state. */
export function unbackedFeatures(term: string, facts: string): string[] {
  return FEATURE_WORDS.filter((w) => term.includes(w) && !facts.includes(w))
    // "可调" inside an unbacked "可调节" is the same claim, reported once.
    .filter((w, _, all) => !all.some((other) => other !== w && other.includes(w)));
}
