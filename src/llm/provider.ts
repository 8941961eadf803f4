/**
 * One interface for every way Kaikuan writes text. Agents first build a useful draft from
 * templates, retrieval and rules; a provider may rewrite it, and the agent checks what comes back.
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmRequest {
  /** What the text is for (e.g. `product.title`); shows up in errors and task records. */
  purpose: string;
  messages: ChatMessage[];
  /** The answer built without a model; the offline provider returns it unchanged. */
  draft: string;
  maxTokens?: number;
}

export interface LlmReply {
  text: string;
  provider: LlmProviderName;
  model: string;
}

export type LlmProviderName = 'offline' | 'openai-compatible';

export interface LlmProvider {
  readonly name: LlmProviderName;
  readonly model: string;
  complete(request: LlmRequest): Promise<LlmReply>;
}
