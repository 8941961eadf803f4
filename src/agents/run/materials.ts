import type { ListingProduct } from '../product/title.js';
import { imageCopies } from '../product/image-copy.js';
import { painPointReportFor } from '../../services/painpoints.js';
import { makePictureSet } from '../../services/materials.js';
import { getMaterial } from '../../store/materials.js';
import { createConceptTest, loadConceptTest } from '../../store/selection.js';
import { AppError, notFound } from '../../domain/errors.js';
import { workingPhoto } from '../../materials/photo.js';
import { renderError } from '../../messages/render.js';
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
 * A scene picture for the covers, when an image endpoint is configured: the product in use, no text (the cover adds
 * its own). Whatever goes wrong — no answer, not a picture — the covers use the merchant's photo and the note says why.
 */
async function scene(place: AgentWorkplace, product: ListingProduct): Promise<{ coverPhoto?: Uint8Array; note: string | null }> {
  if (!place.images) return { note: null };
  const facts = Object.entries(product.attributes).map(([key, value]) => `${key}${value}`).join('，');
  const prompt = `${product.name}的真实使用场景照片，${product.category}，${facts}，自然光，干净的家居环境，画面里不要任何文字`;
  try {
    const picture = await place.images.generate(prompt);
    await workingPhoto(picture);
    return { coverPhoto: picture, note: `封面背景由 ${place.images.model} 生成` };
  } catch (error) {
    return { note: `场景图没有生成成功，封面用了原照片（${error instanceof AppError ? renderError('zh-CN', error) : (error as Error).message}）` };
  }
}

/**
 * Product specialist: the main image, a selling-point poster and a note cover from an uploaded photo, their words
 * taken from the product's attributes and the complaints it answers. They wait as drafts until the owner accepts.
 */
export async function makeMaterials(place: AgentWorkplace, merchantId: string, input: TaskInputs['product']['materials'], taskId: string): Promise<TaskResult> {
  const { product, painPoints } = await subject(place, merchantId, input.photoId, input.productId);
  const variants = imageCopies(product ?? UNNAMED, painPoints, input.variants);
  const cover = await scene(place, product ?? UNNAMED);
  const materials = await makePictureSet(place.store, place.materialsDir ?? DEFAULT_MATERIALS_DIR, merchantId, {
    photoId: input.photoId, productId: product?.id ?? null, taskId, variants, coverPhoto: cover.coverPhoto, now: place.now(),
  });
  const unlinked = product ? null : '照片没有关联商品，文案只用了通用说法；关联商品后再做一次会用上它的属性和差评';
  return {
    output: { materialIds: materials.map((m) => m.id), angles: variants.map((v) => v.angle), painPointsUsed: painPoints.map((p) => ({ label: p.label, reviews: p.reviews })) },
    outcome: 'needs_human',
    note: [unlinked, cover.note].filter(Boolean).join('；') || null,
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
  const cover = await scene(place, product ?? UNNAMED);
  const materials = await makePictureSet(place.store, place.materialsDir ?? DEFAULT_MATERIALS_DIR, merchantId, {
    photoId: input.photoId, productId: product?.id ?? null, taskId, conceptTestId, variants, coverPhoto: cover.coverPhoto, now: place.now(),
  });
  return {
    output: { conceptTestId, materialIds: materials.map((m) => m.id), variants: variants.map((v, index) => ({ variant: letters[index], angle: v.angle })) },
    outcome: 'needs_human',
    note: cover.note,
  };
}
