import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { DEFAULT_EXTRACTION_CAPS } from '../llm/config.js';
import { offlineProvider } from '../llm/offline.js';
import { openAiCompatibleProvider } from '../llm/openai-compatible.js';
import { completion, sendJson, startTestLlmServer } from '../llm/test-server.js';
import { countReviewsToExtract } from '../store/painpoints.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { analyseAfterImport, backgroundSettled } from './analysis.js';
import { workInProgress } from './work-progress.js';

describe.each(storesUnderTest())('analysis after an import on $name', (under) => {
  const rows = generateDemo('a');
  const store = useFreshStore(under, { merchants: SHOPS_A_AND_B, seed: (store) => insertDemoRows(store, { product: rows.product }) });
  const pending = () => countReviewsToExtract(store, 'a');

  it('analyses a small import before returning', async () => {
    await insertDemoRows(store, { review: rows.review.slice(0, 200) });
    const heard: [number, number][] = [];
    const after = await analyseAfterImport(store, 'a', { kind: 'reviews', landed: 200 }, { onProgress: (done, total) => heard.push([done, total]) });
    expect(after).toMatchObject({ analysing: 0, trends: { newRows: 200 } });
    expect(heard.at(-1)).toEqual([200, 200]);
    expect(await pending()).toBe(0);
  });

  it('lets a bigger import’s analysis run on, with its progress, until every review is analysed', async () => {
    await insertDemoRows(store, { review: rows.review.slice(200, 2_700) });
    const after = await analyseAfterImport(store, 'a', { kind: 'reviews', landed: 2_500 }, { waitUpTo: 1_000 });
    expect(after).toEqual({ trends: null, analysing: 2_500 });
    expect(workInProgress(store, 'a')).toMatchObject([{ kind: 'analysis' }]);
    await backgroundSettled(store);
    expect(workInProgress(store, 'a')).toEqual([]);
    expect(await pending()).toBe(0);
    expect(workInProgress(store, 'b')).toEqual([]);
  });

  it('reads with no model when none is configured, and says what a configured one did', async () => {
    await insertDemoRows(store, { review: rows.review.slice(2_700, 2_800) });
    const offline = await analyseAfterImport(store, 'a', { kind: 'reviews', landed: 100 }, { model: { llm: offlineProvider, caps: DEFAULT_EXTRACTION_CAPS } });
    expect(offline).not.toHaveProperty('modelReading');
    await insertDemoRows(store, { review: rows.review.slice(2_800, 2_900) });
    const down = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('x')));
    await down.close();
    const llm = openAiCompatibleProvider({ url: down.url, model: 'qwen2.5:7b-instruct', timeoutMs: 2_000 });
    const after = await analyseAfterImport(store, 'a', { kind: 'reviews', landed: 100 }, { model: { llm, caps: DEFAULT_EXTRACTION_CAPS } });
    expect(after.modelReading).toMatchObject({ stoppedBy: 'down', read: 0 });
    expect(await pending()).toBe(0);
  });

  it('has nothing to analyse when nothing landed', async () => {
    expect(await analyseAfterImport(store, 'a', { kind: 'reviews', landed: 0 })).toEqual({ trends: null, analysing: 0 });
  });
});
