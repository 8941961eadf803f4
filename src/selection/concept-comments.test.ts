import { describe, expect, it } from 'vitest';
import { asksToBuy } from './concept-comments.js';

describe('comments that ask to buy', () => {
  it('spots the usual ways viewers ask for the link, the price or the launch', () => {
    for (const comment of ['好看！求链接', '多少錢？', '蹲一个上架', '這個哪裡買', 'Where can I buy this?', '已下单，等发货']) {
      expect(asksToBuy(comment), comment).toBe(true);
    }
  });

  it('leaves plain praise and complaints alone', () => {
    for (const comment of ['颜色好看', '太丑了', '拉杆看起来不结实', 'nice colour']) {
      expect(asksToBuy(comment), comment).toBe(false);
    }
  });
});
