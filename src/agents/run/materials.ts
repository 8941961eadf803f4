import type { ListingProduct } from '../product/title.js';
import { imageCopies } from '../product/image-copy.js';
import { painPointReportFor } from '../../services/painpoints.js';
import { makePictureSet } from '../../services/materials.js';
import { getMaterial } from '../../store/materials.js';
import { createConceptTest, loadConceptTest } from '../../store/selection.js';
import { notFound } from '../../domain/errors.js';
import { ownProduct } from './facts.js';
import type { TaskInputs } from './inputs.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** The few pain points the pictures can speak to, as in the listing. */
const PAIN_POINTS_CONSIDERED = 5;
const DEFAULT_MATERIALS_DIR = 'data/materials';

/** The product the pictures are for (named in the task, or the one the photo was uploaded for) and its complaints. */
async function subject(place: AgentWorkplace, merchantId: string, photoId: string, productId: string | undefined) {
  const photo = await getMaterial(place.store, merchantId, photoId);
  const id = productId ?? photo.productId;
  if (!id) return { product: null, painPoints: [] };
  const product = await ownProduct(place.store, merchantId, id);
  const report = await painPointReportFor(place.store, merchantId, { productId: product.id });
  return { product, painPoints: report.painPoints.slice(0, PAIN_POINTS_CONSIDERED) };
}

const UNNAMED: ListingProduct = { id: '', name: '新品', category: '新品', attributes: {} };

/**
 * Product specialist: the main image, a selling-point poster and a note cover from an uploaded photo, their words
 * taken from the product's attributes and the complaints it answers. They wait as drafts until the owner accepts.
 */
export async function makeMaterials(place: AgentWorkplace, merchantId: string, input: TaskInputs['product']['materials'], taskId: string): Promise<TaskResult> {
  const { product, painPoints } = await subject(place, merchantId, input.photoId, input.productId);
  const variants = imageCopies(product ?? UNNAMED, painPoints, input.variants);
  const materials = await makePictureSet(place.store, place.materialsDir ?? DEFAULT_MATERIALS_DIR, merchantId, {
    photoId: input.photoId, productId: product?.id ?? null, taskId, variants, now: place.now(),
  });
  return {
    output: { materialIds: materials.map((m) => m.id), angles: variants.map((v) => v.angle), painPointsUsed: painPoints.map((p) => ({ label: p.label, reviews: p.reviews })) },
    outcome: 'needs_human',
    note: product ? null : '照片没有关联商品，文案只用了通用说法；关联商品后再做一次会用上它的属性和差评',
  };
}

/**
 * Promotion specialist: a "test before the mould" kit — two to four variants of the poster and cover, each the
 * variant of a concept test (A, B, …), so the likes, saves and comments the owner enters on the concept-test page
 * are the counts of these pictures. Without a test named, it opens one.
 */
export async function makeTestKit(place: AgentWorkplace, merchantId: string, input: TaskInputs['promotion']['test_kit'], taskId: string): Promise<TaskResult> {
  const { product, painPoints } = await subject(place, merchantId, input.photoId, input.productId);
  const variants = imageCopies(product ?? UNNAMED, painPoints, input.variants);
  const letters = variants.map((_, index) => String.fromCharCode(65 + index));
  let conceptTestId = input.conceptTestId;
  if (conceptTestId) {
    if (!(await loadConceptTest(place.store, merchantId, conceptTestId))) throw notFound({ key: 'no_concept_test' });
  } else {
    conceptTestId = await createConceptTest(place.store, merchantId, { name: `${product?.name ?? '新品'} 测款（${letters.join('/')}）`, variants: letters });
  }
  const materials = await makePictureSet(place.store, place.materialsDir ?? DEFAULT_MATERIALS_DIR, merchantId, {
    photoId: input.photoId, productId: product?.id ?? null, taskId, conceptTestId, variants, now: place.now(),
  });
  return {
    output: { conceptTestId, materialIds: materials.map((m) => m.id), variants: variants.map((v, index) => ({ variant: letters[index], angle: v.angle })) },
    outcome: 'needs_human',
    note: null,
  };
}
