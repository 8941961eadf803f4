/** The LLM capability's public surface: the composition root builds one provider with `createLlm`. */
export { createLlm, DEFAULT_EXTRACTION_CAPS, DEFAULT_LLM_TIMEOUT_MS, llmConfigFromEnv, type ExtractionCaps, type LlmConfig } from './config.js';
export { offlineProvider } from './offline.js';
export type { ChatMessage, LlmProvider, LlmReply, LlmRequest } from './provider.js';
