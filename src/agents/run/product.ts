import { painPointReportFor } from '../../services/painpoints.js';
import { draftListing, reviewCopy, reviewTitle } from '../product/listing.js';
import { fitToPlatform, PLATFORMS } from '../product/platform-copy.js';
import { copyPrompt, titlePrompt } from '../product/prompts.js';
import { ownProduct, risingKeywords } from './facts.js';
import type { TaskInputs } from './inputs.js';
import { polish } from './polish.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** The few pain points a title and copy can speak to; the rest are in the pain-point page. */
const PAIN_POINTS_CONSIDERED = 5;

/** Product specialist: title and copy from the product's facts, rising searches and its buyers' complaints. */
export async function writeListing(place: AgentWorkplace, merchantId: string, input: TaskInputs['product']['listing']): Promise<TaskResult> {
  const product = await ownProduct(place.store, merchantId, input.productId);
  const report = await painPointReportFor(place.store, merchantId, { productId: product.id });
  const painPoints = report.painPoints.slice(0, PAIN_POINTS_CONSIDERED);
  const trending = await risingKeywords(place.store, merchantId);
  const draft = draftListing(product, trending, painPoints);

  const title = await polish(place.llm, 'product.title', titlePrompt(product, draft, painPoints), draft.title.title, (candidate) => reviewTitle(candidate, draft, product));
  const copyDraft = draft.copy.join('\n');
  const copy = await polish(place.llm, 'product.copy', copyPrompt(product, draft), copyDraft, (candidate) => reviewCopy(candidate, draft, product));

  const finalCopy = copy.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return {
    output: {
      ...draft,
      finalTitle: title.text,
      titleBy: title.by,
      finalCopy,
      // the same listing fitted to each marketplace's title width, selling-point count and word rules
      platforms: PLATFORMS.map((platform) => fitToPlatform(platform, title.text, finalCopy)),
      copyBy: copy.by,
      painPointsUsed: painPoints.map((p) => ({ label: p.label, reviews: p.reviews })),
    },
    outcome: 'done',
    note: [title.note, copy.note].filter(Boolean).join('；') || null,
  };
}
