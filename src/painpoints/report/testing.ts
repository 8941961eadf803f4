/**
 * A camping-trolley shop's reviews for tests of merchant aspect groups: the handle under three names with
 * the same complaints, some buyers naming another part too, and happy buyers praising one thing each,
 * mostly with words said of anything (不错, 很好). Handwritten clauses, combined.
 */
export const handleNames = ['拉杆', '把手', '拉手'];
export const handleComplaints = ['太短了，弯腰拉着累', '高度不能调', '太矮了', '很容易松'];
export const alsoSaid = ['', '，物流太慢了', '，轮子太小了', '，发货太慢', '，物流很快'];

/** Every handle complaint under every name, alone or with another part: 60 reviews, 20 per name. */
export const trolleyComplaints = handleComplaints.flatMap((complaint) =>
  handleNames.flatMap((handle) => alsoSaid.map((other) => `${handle}${complaint}${other}`)),
);

const praise = ['颜色不错', '颜色很好', '做工不错', '做工很好', '做工精细', '包装很好', '包装结实', '价格不错', '价格很好', '物流不错'];
/** Each praise 8 times: enough for 颜色 and 做工 to look like substitutes if 不错 and 很好 counted. */
export const praiseReviews: string[] = praise.flatMap((p) => Array(8).fill(p));
