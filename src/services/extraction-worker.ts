import { parentPort } from 'node:worker_threads';
import { extractManyAspectOpinions } from '../painpoints/tagger/extract.js';
import type { AspectOpinion } from '../painpoints/types.js';

/** A part of a batch for one extraction thread, and what it answers. */
export interface ExtractionRequest {
  id: number;
  texts: string[];
}
export type ExtractionAnswer = { id: number; opinions: AspectOpinion[][] } | { id: number; failed: string };

/**
 * An extraction thread: it loads the model once (on its first texts) and answers each part of a batch
 * with the triples of its texts, as the main thread's own extraction would.
 */
const port = parentPort!;
port.on('message', ({ id, texts }: ExtractionRequest) => {
  let answer: ExtractionAnswer;
  try {
    answer = { id, opinions: extractManyAspectOpinions(texts) };
  } catch (error) {
    answer = { id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
