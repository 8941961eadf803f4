import type { LlmProvider } from './provider.js';

/**
 * The default with no model at all: the agents' drafts are already complete work (templates,
 * BM25 retrieval, rules), so the offline provider hands them back as the final text.
 */
export const offlineProvider: LlmProvider = {
  name: 'offline',
  model: 'rules',
  async complete(request) {
    return { text: request.draft, provider: 'offline', model: 'rules' };
  },
};
