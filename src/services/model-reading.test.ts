import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseReviews } from '../ingest/corpora.js';
import { DEFAULT_EXTRACTION_CAPS, type ExtractionCaps } from '../llm/config.js';
import { openAiCompatibleProvider } from '../llm/openai-compatible.js';
import { completion, sendJson, startTestLlmServer, type RecordedRequest } from '../llm/test-server.js';
import { unsureClauses } from '../painpoints/model-reading/unsure-clauses.js';
import { extractManyAspectOpinions } from '../painpoints/tagger/extract.js';
import { analyseReviews } from '../painpoints/tagger/review-analysis.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { modelReader } from './model-reading.js';

/** Complaints from the public online_shopping set, from every category: where the offline tagger is least sure. */
const texts = chineseReviews()
  .filter((r) => !r.positive)
  .filter((_, i) => i % 97 === 0)
  .slice(0, 60)
  .map((r) => r.text);
const offline = extractManyAspectOpinions(texts);
const unsure = analyseReviews(texts).flatMap((a) => unsureClauses(a));
const unsureKeys = new Set(unsure.map((c) => c.key));
/** Unsure clauses as written → as the model was asked them (normalised). */
const keyOfUnsure = new Map(unsure.map((c) => [c.clause, c.key]));

/** The clauses a request asked about, in order ("1. 拉杆角度不能调" per line). */
const askedClauses = (request: RecordedRequest) =>
  (request.body.messages?.at(-1)?.content ?? '').split('\n').map((line) => line.replace(/^\d+\. /, ''));

/** A model that reads the first two characters as the aspect and the rest as a complaint. */
const firstTwoAsAspect = (request: RecordedRequest) =>
  JSON.stringify({
    clauses: askedClauses(request).map((clause, i) => ({
      id: i + 1,
      pairs: clause.length > 2 ? [{ aspect: clause.slice(0, 2), opinion: clause.slice(2), polarity: 'negative' }] : [],
    })),
  });

let server: Awaited<ReturnType<typeof startTestLlmServer>>;
beforeAll(async () => {
  server = await startTestLlmServer((req, res) => sendJson(res, 200, completion(firstTwoAsAspect(req))));
});
afterAll(() => server.close());

const llm = (url = server.url) => openAiCompatibleProvider({ url, model: 'qwen2.5:7b-instruct', timeoutMs: 2_000 });
const useModel = () => server.setReply((req, res) => sendJson(res, 200, completion(firstTwoAsAspect(req))));

describe.each(storesUnderTest())('LLM-assisted reading of unsure clauses on $name', (under) => {
  const store = useFreshStore(under, { merchants: SHOPS_A_AND_B });
  const read = async (merchant: string, caps: ExtractionCaps = DEFAULT_EXTRACTION_CAPS, url?: string, now?: () => number) => {
    const reader = modelReader(store, merchant, llm(url), caps, { now });
    const before = server.requests.length;
    const triples = await reader.extract(texts);
    return { triples, summary: reader.summary(), calls: server.requests.length - before };
  };

  it('keeps the offline reading when the model answers garbage, and caches nothing', async () => {
    server.setReply((_req, res) => sendJson(res, 200, completion('{"clauses":"都是差评","confidence":1}')));
    const { triples, summary, calls } = await read('a');
    expect(triples).toEqual(offline);
    expect(calls).toBeGreaterThan(0);
    expect(summary).toMatchObject({ unsure: unsureKeys.size, read: 0, stoppedBy: null });
  });

  it("uses the model's pairs for the unsure clauses and the offline ones elsewhere", async () => {
    useModel();
    const { triples, summary, calls } = await read('a');
    expect(calls).toBe(Math.ceil(unsureKeys.size / 8));
    expect(summary).toMatchObject({ unsure: unsureKeys.size, read: unsureKeys.size, cached: 0, stoppedBy: null });
    expect(summary.note).toContain(`拿不准的分句共 ${unsureKeys.size} 个`);
    let fromModel = 0;
    triples.forEach((review, i) => {
      for (const t of review) {
        const key = keyOfUnsure.get(t.clause);
        if (key !== undefined && key.length > 2) {
          expect([t.aspect, t.opinion, t.polarity]).toEqual([key.slice(0, 2), key.slice(2), 'negative']);
          fromModel++;
        } else {
          expect(offline[i]).toContainEqual(t);
        }
      }
    });
    expect(fromModel).toBeGreaterThan(0);
  });

  it('asks no clause twice: a second run reads them from the store; another merchant asks its own', async () => {
    useModel();
    const again = await read('a');
    expect(again.calls).toBe(0);
    expect(again.summary).toMatchObject({ read: unsureKeys.size, cached: unsureKeys.size });
    const other = await read('b');
    expect(other.calls).toBe(Math.ceil(unsureKeys.size / 8));
    expect(other.triples).toEqual(again.triples);
  });

  it('stops at the cap on calls, on tokens and on seconds; the rest stay offline', async () => {
    useModel();
    const twoCalls = await read('c', { ...DEFAULT_EXTRACTION_CAPS, calls: 2 });
    expect(twoCalls.calls).toBe(2);
    expect(twoCalls.summary).toMatchObject({ read: 16, stoppedBy: 'calls' });
    expect(twoCalls.summary.note).toContain(`最多调用 2 次的上限，其余 ${unsureKeys.size - 16} 个分句按离线结果读取`);

    const fewTokens = await read('d', { ...DEFAULT_EXTRACTION_CAPS, tokens: 100 });
    expect([fewTokens.calls, fewTokens.summary.stoppedBy]).toEqual([0, 'tokens']);
    expect(fewTokens.triples).toEqual(offline);

    let clock = 0;
    const slowClock = () => (clock += 40_000);
    const seconds = await read('e', { ...DEFAULT_EXTRACTION_CAPS, seconds: 100 }, undefined, slowClock);
    expect(seconds.summary.stoppedBy).toBe('seconds');
    expect(seconds.calls).toBeLessThan(Math.ceil(unsureKeys.size / 8));
  });

  it('keeps the offline reading with a plain note when the model is down', async () => {
    const down = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('x')));
    await down.close();
    const { triples, summary } = await read('f', DEFAULT_EXTRACTION_CAPS, down.url);
    expect(triples).toEqual(offline);
    expect(summary).toMatchObject({ read: 0, calls: 1, stoppedBy: 'down' });
    expect(summary.note).toContain(`大模型这次没有回答，${unsureKeys.size} 个拿不准的分句按离线结果读取`);
    expect(summary.problem).toContain('ECONNREFUSED');
  });
});
