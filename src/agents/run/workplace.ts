import type { App } from '../../app.js';
import type { GuardOptions } from '../../approvals/options.js';
import type { LlmProvider } from '../../llm/index.js';
import { createSceneImages, type SceneImages } from '../../llm/images.js';
import type { Store } from '../../store/store.js';

/**
 * What a digital employee works with. This folder is the agents' service layer (like
 * src/approvals/propose.ts for the guard): it loads from the store, calls the LLM and the money
 * guard, and records each task; the decisions themselves are the pure functions beside it.
 */
export interface AgentWorkplace {
  store: Store;
  llm: LlmProvider;
  now(): Date;
  /** Passed to the money guard (its clock, limits); tests set it, the app leaves it empty. */
  guard?: GuardOptions;
  /** Where marketing-material files are kept; the app sets its data dir's, tests a temporary folder. */
  materialsDir?: string;
  /** Scene pictures for note covers, when an image endpoint is configured. */
  images?: SceneImages | null;
}

export interface TaskResult {
  output: unknown;
  outcome: 'done' | 'needs_human' | 'proposed';
  /** Why a model's text was not used, when it was not. */
  note: string | null;
}

export const providerLabel = (llm: LlmProvider) => (llm.name === 'offline' ? 'offline' : `${llm.name}:${llm.model}`);

/** The workplace for a running app, with the model the composition root chose. */
export function workplaceFor(app: App): AgentWorkplace {
  return { store: app.store, llm: app.llm, now: () => new Date(), materialsDir: app.config.materialsDir, images: createSceneImages(app.config.images) };
}
