import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { distinctTexts, perText } from '../painpoints/tagger/distinct-texts.js';
import type { AspectOpinion } from '../painpoints/types.js';
import type { ExtractionAnswer, ExtractionRequest } from './extraction-worker.js';

/**
 * Extraction on worker threads, one per core: each thread holds the model once and reads its share of
 * every batch's distinct texts, while the main thread stores the batch before. The answers are the
 * ones `extractManyAspectOpinions` gives in-process (the threads run it).
 */
export interface ExtractionPool {
  extract(texts: readonly string[]): Promise<AspectOpinion[][]>;
  close(): Promise<void>;
}

interface Waiting {
  resolve: (opinions: AspectOpinion[][]) => void;
  reject: (error: Error) => void;
}

function startThread(): { worker: Worker; ask: (texts: string[]) => Promise<AspectOpinion[][]> } {
  const worker = new Worker(new URL('./extraction-worker.mjs', import.meta.url));
  // An idle thread does not keep the process alive; one with texts in hand is awaited anyway.
  worker.unref();
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (answer: ExtractionAnswer) => {
    const w = waiting.get(answer.id)!;
    waiting.delete(answer.id);
    if ('failed' in answer) w.reject(new Error(`extraction thread failed: ${answer.failed}`));
    else w.resolve(answer.opinions);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`an extraction thread stopped (exit ${code})`)));
  const ask = (texts: string[]) =>
    new Promise<AspectOpinion[][]>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, texts } satisfies ExtractionRequest);
    });
  return { worker, ask };
}

export function startExtractionPool(threads = availableParallelism()): ExtractionPool {
  const pool = Array.from({ length: Math.max(1, threads) }, startThread);
  return {
    async extract(texts) {
      const batch = distinctTexts(texts);
      // Contiguous equal shares: every thread gets the same amount of reading per batch.
      const share = Math.ceil(batch.distinct.length / pool.length);
      const parts = await Promise.all(
        pool.map(({ ask }, i) => (i * share < batch.distinct.length ? ask(batch.distinct.slice(i * share, (i + 1) * share)) : [])),
      );
      return perText(batch, parts.flat());
    },
    async close() {
      await Promise.all(pool.map(({ worker }) => worker.terminate()));
    },
  };
}
