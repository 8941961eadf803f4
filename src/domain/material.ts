import type { IsoTime } from './types.js';

/** What a marketing-material file is: the uploaded photo, or one of the pictures made from it. */
export const MATERIAL_KINDS = ['photo', 'main', 'poster', 'cover'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** uploaded: a photo; draft: made by a digital employee, waiting for the owner; then accepted or rejected. */
export type MaterialStatus = 'uploaded' | 'draft' | 'accepted' | 'rejected';

export interface Material {
  id: string;
  kind: MaterialKind;
  productId: string | null;
  photoId: string | null;
  taskId: string | null;
  /** A–D within a concept-test kit. */
  variant: string | null;
  conceptTestId: string | null;
  /** Where the bytes are, relative to the materials folder. */
  file: string;
  width: number;
  height: number;
  bytes: number;
  /** The words on the picture (title, points, hook, tags), as the template was given them. */
  copy: Record<string, unknown>;
  status: MaterialStatus;
  createdAt: IsoTime;
}
