import type { Prompt } from '../prompt.js';
import type { ServiceAnswer } from './answer.js';

/** Asks for a warmer reply built only on the evidence; reviewAnswer checks it kept to it. */
export function answerPrompt(question: string, draft: ServiceAnswer): Prompt {
  const evidence = draft.evidence.map((e) => (e.kind === 'attribute' ? `${e.ref}=${e.text}` : `以前的回答：${e.text}`)).join('；');
  return {
    system: '你是网店客服。只根据给出的资料回答，语气亲切、简短；不得编造资料里没有的信息，尤其是数字；资料没有覆盖的部分要说明需要跟厂家确认。只输出回答。',
    user: `买家问题：${question}\n资料：${evidence}\n草稿回答：${draft.answer}\n请润色草稿回答。`,
  };
}
