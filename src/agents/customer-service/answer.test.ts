import { describe, expect, it } from 'vitest';
import { ABSTAIN_REPLY, answerQuestion as answerWith, indexPastAnswers, reviewAnswer, type ServiceProduct } from './answer.js';
import type { PastAnswer } from '../../domain/agent-task.js';
import { buildBm25 } from './bm25.js';
import { searchTokens } from './tokens.js';

const box = { id: 'P-BOX-L', name: '加厚透明收纳箱 60L', price: 59, attributes: { 材质: 'PP', 容量: '60L', 颜色: '透明' } };
const past: PastAnswer[] = [
  { id: 'A1', productId: 'P-BOX-L', question: '盖子的卡扣好打开吗？', answer: '盖子两侧是按压卡扣，按下去就能打开，第一次会稍紧。' },
  { id: 'A2', productId: null, question: '从哪里发货，几天能到？', answer: '我们从浙江台州发货，江浙沪一般隔天到。' },
  { id: 'A3', productId: 'P-TROLLEY', question: '拉杆能调节角度吗？', answer: '拉杆有三档角度可以调。' },
];
const answerQuestion = (question: string, product: ServiceProduct, answers: PastAnswer[]) => answerWith(question, product, indexPastAnswers(answers));

describe('customer-service answers', () => {
  it('answers from the product facts and cites them', () => {
    const reply = answerQuestion('请问这个箱子容量多大？是什么材质的', box, past);
    expect(reply.abstained).toBe(false);
    expect(reply.evidence.map((e) => [e.ref, e.text])).toEqual([['容量', '60L'], ['材质', 'PP']]);
    expect(reply.answer).toBe('亲，容量是60L，材质是PP。');
  });

  it('takes a question naming an attribute value as a question about that attribute', () => {
    expect(answerQuestion('透明的吗', box, []).answer).toBe('亲，颜色是透明。');
    expect(answerQuestion('是PS还是PP的', box, []).evidence).toEqual([{ kind: 'attribute', ref: '材质', text: 'PP' }]);
  });

  it('quotes the price from the product record', () => {
    expect(answerQuestion('多少钱一个', box, []).answer).toContain('价格是59元');
  });

  it('reuses a past answer to the same question asked in other words', () => {
    const reply = answerQuestion('卡扣打开难不难', box, past);
    expect(reply.evidence).toEqual([{ kind: 'past_answer', ref: 'A1', text: past[0].answer }]);
    expect(reply.needsHuman).toBe(false);
  });

  it('reuses an answer about the same topic when the new question only adds words', () => {
    const smell: PastAnswer = { id: 'A9', productId: 'P-BOX-L', question: '有异味吗', answer: '开箱有轻微塑料味，通风一天就散。' };
    expect(answerQuestion('箱子有没有异味', box, [smell]).evidence[0]).toMatchObject({ kind: 'past_answer', ref: 'A9' });
    // Same words, different topic: the answer about smell does not answer a question about the lid.
    expect(answerQuestion('箱子盖子有异味吗，好打开吗', box, [smell]).needsHuman).toBe(true);
  });

  it('does not reuse another product\'s answer', () => {
    const reply = answerQuestion('拉杆能调节角度吗', box, past);
    expect(reply.abstained).toBe(true);
  });

  it('says it does not know instead of guessing', () => {
    const smell = answerQuestion('有没有刺鼻的味道？', box, past);
    expect(smell).toMatchObject({ answer: ABSTAIN_REPLY, abstained: true, needsHuman: true, unknownTopics: ['气味'] });
    expect(answerQuestion('能放进宜家的柜子里吗', box, past).abstained).toBe(true);
  });

  it('answers what it knows and hands over the rest', () => {
    const reply = answerQuestion('什么颜色？有异味吗？', box, past);
    expect(reply).toMatchObject({ abstained: false, needsHuman: true, unknownTopics: ['气味'] });
    expect(reply.answer).toContain('颜色是透明');
    expect(reply.answer).toContain('确认');
  });

  it('refuses a model rewrite that drops a fact or invents a number', () => {
    const draft = answerQuestion('容量多大', box, past);
    expect(reviewAnswer('亲，这款箱子容量60L，放被子很合适～', draft).ok).toBe(true);
    expect(reviewAnswer('亲，这款箱子容量80L哦', draft).problems).toEqual(['丢了事实：容量=60L', '出现资料里没有的数字：80']);
  });
});

describe('BM25', () => {
  it('ranks the document sharing the rarer word first', () => {
    const index = buildBm25([
      { item: 'a', tokens: searchTokens('收纳箱盖子好打开吗') },
      { item: 'b', tokens: searchTokens('收纳箱从哪里发货') },
      { item: 'c', tokens: searchTokens('收纳箱有几种颜色') },
    ]);
    const hits = index.search(searchTokens('收纳箱什么时候发货'), 3);
    expect(hits[0].item).toBe('b');
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });
});
