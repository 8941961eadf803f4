import { AppError } from '../../domain/errors.js';
import type { LlmProvider } from '../../llm/provider.js';
import type { Prompt } from '../prompt.js';

export interface Polished {
  text: string;
  by: 'model' | 'rules';
  /** Why the draft was kept although a model is configured. */
  note: string | null;
}

/**
 * Lets the configured model rewrite a draft, then checks the rewrite. A failing model (timeout,
 * malformed reply) or a rewrite that breaks a rule leaves the draft in place, with the reason noted:
 * the merchant always gets usable work, and sees why the model's was not used.
 */
export async function polish(
  llm: LlmProvider,
  purpose: string,
  prompt: Prompt,
  draft: string,
  review: (candidate: string) => { ok: boolean; problems: string[] },
): Promise<Polished> {
  if (llm.name === 'offline') return { text: draft, by: 'rules', note: null };
  try {
    const messages = [{ role: 'system' as const, content: prompt.system }, { role: 'user' as const, content: prompt.user }];
    const reply = await llm.complete({ purpose, messages, draft });
    const verdict = review(reply.text);
    if (verdict.ok) return { text: reply.text, by: 'model', note: null };
    return { text: draft, by: 'rules', note: `模型结果未采用（${verdict.problems.join('；')}）` };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'upstream') throw error;
    return { text: draft, by: 'rules', note: `模型不可用，已用规则草稿：${error.message}` };
  }
}
