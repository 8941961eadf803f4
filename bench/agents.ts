/**
 * Customer-service answering speed as the shop's memory of past answers grows: past questions are
 * real Chinese review sentences (online_shopping_10_cats), asked again in part, so BM25 does real work.
 * Prints the one-off index build, questions answered per second and p95 latency against the
 * one-second baseline, and how often a past answer was reused for paraphrases and for new questions.
 *
 *   npm run bench -- agents [--memory 1000,10000,50000] [--questions 200]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { answerQuestion, indexPastAnswers } from '../src/agents/customer-service/answer.js';
import type { PastAnswer } from '../src/domain/agent-task.js';
import { sharedData } from '../src/ingest/shared-data.js';
import { peakRssMb } from './memory.js';
import { flag, textFlag } from './flags.js';
import { percentile } from './percentile.js';

/** Buyers on Taobao expect a reply within seconds; the agent's share of that must stay under one. */
const P95_BASELINE_MS = 1000;
const product = { id: 'P', price: 59, attributes: { 材质: 'PP', 容量: '60L', 颜色: '透明' } };

export async function run(args: string[]): Promise<void> {
  const sizes = textFlag(args, 'memory', '1000,10000,50000').split(',').map(Number);
  const questions = flag(args, 'questions', 200);
  const rows = parse(readFileSync(sharedData.onlineShopping), { columns: true, skip_empty_lines: true }) as { review: string }[];
  // Short sentences read like questions; long reviews would not be asked in a chat.
  const sentences = rows.map((r) => r.review.split(/[。！？!?\n]/)[0].trim()).filter((s) => s.length >= 6 && s.length <= 40);
  console.log(`${sentences.length} review sentences available`);
  for (const wanted of sizes) {
    // New questions come from the tail, so the memory never contains them.
    const size = Math.min(wanted, sentences.length - questions);
    const memory: PastAnswer[] = sentences.slice(0, size).map((q, i) => ({ id: `A${i}`, productId: 'P', question: q, answer: `回答${i}` }));
    // Every other question is a past question cut short (a paraphrase), the rest are new.
    const asked = Array.from({ length: questions }, (_, i) => (i % 2 === 0 ? memory[(i * 7919) % memory.length].question.slice(0, -2) : sentences[sentences.length - 1 - i]));
    let start = performance.now();
    const index = indexPastAnswers(memory);
    const buildMs = performance.now() - start;
    const latencies: number[] = [];
    const reused = [0, 0];
    start = performance.now();
    asked.forEach((q, i) => {
      const t0 = performance.now();
      if (answerQuestion(q, product, index).evidence.some((e) => e.kind === 'past_answer')) reused[i % 2]++;
      latencies.push(performance.now() - t0);
    });
    const seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    const p95 = percentile(latencies, 0.95);
    const half = questions / 2;
    console.log(
      `memory ${String(size).padStart(6)} | index built in ${buildMs.toFixed(0)} ms | ${(questions / seconds).toFixed(0)} questions/s | ` +
        `p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${(p95 / P95_BASELINE_MS).toFixed(4)} of the ${P95_BASELINE_MS} ms baseline) | ` +
        `past answer reused: paraphrases ${reused[0]}/${half}, new questions ${reused[1]}/${half} | peak RSS ${peakRssMb()} MB`,
    );
  }
}
