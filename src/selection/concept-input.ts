import { z } from 'zod';
import { asksToBuy, commentWarmth } from './concept-comments.js';
import type { ConceptVariant } from './concept-test.js';

/** Audience reactions to one design variant as the merchant enters them (API body, CLI file). */

const count = z.number().int().nonnegative();

export const conceptMetricSchema = z.enum(['like', 'save', 'warmComment', 'buyingComment', 'intent']);

export const variantCountsSchema = z
  .object({
    views: count.default(0),
    likes: count.default(0),
    saves: count.default(0),
    intentAsked: count.default(0),
    intentYes: count.default(0),
  })
  .refine((v) => v.intentYes <= v.intentAsked, { message: 'yes_over_asked', path: ['intentYes'] });

/** Comments are capped so one paste of a whole comment export cannot stall the server. */
export const commentsSchema = z.array(z.string().min(1).max(1000)).max(2000);

export const variantReactionsSchema = z.object({
  name: z.string().min(1).max(60),
  counts: variantCountsSchema,
  comments: commentsSchema.default([]),
});
export type VariantReactions = z.infer<typeof variantReactionsSchema>;

export const conceptComparisonSchema = z.object({
  variants: z.array(variantReactionsSchema).min(2).max(12),
  decideBy: conceptMetricSchema.optional(),
});

export function toConceptVariant(reactions: VariantReactions): ConceptVariant {
  return {
    name: reactions.name,
    ...reactions.counts,
    commentScores: reactions.comments.map(commentWarmth),
    buyingComments: reactions.comments.filter(asksToBuy).length,
  };
}
