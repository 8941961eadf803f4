import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '../../domain/errors.js';
import type { Material } from '../../domain/material.js';
import { materialsZip, uploadPhoto } from '../../services/materials.js';
import { listMaterials } from '../../store/materials.js';
import { optionalString, requireOption, type Command } from '../command.js';
import { merchantFromArgs } from './customers.js';
import { say } from '../say.js';

type MaterialsResult = Material | Material[] | { zip: string; bytes: number };

/** Marketing materials from the terminal: the same uploads, lists and zips as the gallery page. */
export const materialsCommand: Command<MaterialsResult> = {
  name: 'materials',
  summary: 'materials.summary',
  usage: 'materials.usage',
  options: { merchant: { type: 'string' }, product: { type: 'string' }, concept: { type: 'string' }, task: { type: 'string' }, out: { type: 'string' } },
  async run(ctx, args) {
    const [action, path] = args.positionals;
    const app = await ctx.app();
    const merchantId = await merchantFromArgs(app.store, args);
    const filter = { conceptTestId: optionalString(args, 'concept'), taskId: optionalString(args, 'task') };
    if (action === 'upload') {
      if (!path) throw new AppError('bad_input', { key: 'body_not_file' });
      return uploadPhoto(app.store, app.config.materialsDir, merchantId, await readFile(path), { productId: optionalString(args, 'product') });
    }
    if (action === 'list') return listMaterials(app.store, merchantId, { ...filter, hideRejected: true });
    if (action === 'zip') {
      const out = requireOption(args, 'out');
      const zip = await materialsZip(app.store, app.config.materialsDir, merchantId, filter);
      await writeFile(out, zip);
      return { zip: out, bytes: zip.length };
    }
    throw new AppError('bad_input', { key: 'materials_action', params: { action: action ?? '' } });
  },
  human(result) {
    if ('zip' in result) return say('materials.zipped', { file: result.zip, kb: Math.round(result.bytes / 1024) });
    const list = Array.isArray(result) ? result : [result];
    return list.map((m) => `${m.id}  ${m.kind}${m.variant ? ` ${m.variant}` : ''}  ${m.width}×${m.height}  ${m.status}`).join('\n') || say('materials.none');
  },
};
