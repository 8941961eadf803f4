import type { Material, MaterialKind, MaterialStatus } from '../domain/material.js';
import { AppError } from '../domain/errors.js';
import type { MaterialTable } from './tables/materials.js';
import type { Store } from './store.js';

/** Marketing-material rows (the files themselves are on disk). Every query is scoped by merchant. */

const toMaterial = (r: MaterialTable): Material => ({
  id: r.id,
  kind: r.kind as MaterialKind,
  productId: r.product_id,
  photoId: r.photo_id,
  taskId: r.task_id,
  variant: r.variant,
  conceptTestId: r.concept_test_id,
  file: r.file,
  width: Number(r.width),
  height: Number(r.height),
  bytes: Number(r.bytes),
  copy: JSON.parse(r.copy) as Record<string, unknown>,
  status: r.status as MaterialStatus,
  createdAt: r.created_at,
});

export async function addMaterials(store: Store, merchantId: string, materials: readonly Material[]): Promise<void> {
  if (materials.length === 0) return;
  await store.db
    .insertInto('material')
    .values(
      materials.map((m) => ({
        merchant_id: merchantId,
        id: m.id,
        kind: m.kind,
        product_id: m.productId,
        photo_id: m.photoId,
        task_id: m.taskId,
        variant: m.variant,
        concept_test_id: m.conceptTestId,
        file: m.file,
        width: m.width,
        height: m.height,
        bytes: m.bytes,
        copy: JSON.stringify(m.copy),
        status: m.status,
        created_at: m.createdAt,
      })),
    )
    .execute();
}

export async function getMaterial(store: Store, merchantId: string, id: string): Promise<Material> {
  const row = await store.db.selectFrom('material').selectAll().where('merchant_id', '=', merchantId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { key: 'no_material', params: { id } });
  return toMaterial(row);
}

export interface MaterialFilter {
  kind?: MaterialKind;
  taskId?: string;
  conceptTestId?: string;
  /** leave out rejected pictures (the gallery's default) */
  hideRejected?: boolean;
}

/** A merchant's materials, newest first. */
export async function listMaterials(store: Store, merchantId: string, filter: MaterialFilter = {}, limit = 500): Promise<Material[]> {
  let query = store.db.selectFrom('material').selectAll().where('merchant_id', '=', merchantId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.taskId) query = query.where('task_id', '=', filter.taskId);
  if (filter.conceptTestId) query = query.where('concept_test_id', '=', filter.conceptTestId);
  if (filter.hideRejected) query = query.where('status', '!=', 'rejected');
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toMaterial);
}

/** The owner's verdict on the pictures one task made. */
export async function setMaterialsStatusOfTask(store: Store, merchantId: string, taskId: string, status: MaterialStatus): Promise<void> {
  await store.db.updateTable('material').set({ status }).where('merchant_id', '=', merchantId).where('task_id', '=', taskId).execute();
}
