import { z } from 'zod';
import { badInput } from '../domain/errors.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../messages/imports.js';
import { FILE_FORMATS, IMPORT_KINDS, type FileFormat, type ImportDefaults, type ImportKind } from './types.js';

/** What the CLI flags and the upload query string may say about an import; both parse through here. */
export const importRequestSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { message: `kind must be one of ${IMPORT_KINDS.join(', ')}` }),
  format: z.enum(FILE_FORMATS, { message: `format must be one of ${FILE_FORMATS.join(', ')}` }).optional(),
  platform: z.string().trim().min(1).optional(),
  bucket: z.enum(['day', 'week', 'month'], { message: 'bucket must be day, week or month' }).optional(),
  owner: z.enum(['own', 'competitor'], { message: 'owner must be own or competitor' }).optional(),
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'since must be a date like 1995-01-01' }).optional(),
  lang: z.enum(LOCALES, { message: `lang must be one of ${LOCALES.join(', ')}` }).optional(),
});

export interface ImportRequest {
  kind: ImportKind;
  format?: FileFormat;
  defaults: ImportDefaults;
  /** Earliest plausible date in the file (widened for historical data). */
  earliest?: string;
  locale: Locale;
}

export function parseImportRequest(raw: Record<string, unknown>): ImportRequest {
  const parsed = importRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message }));
    throw badInput(details.map((d) => d.reason).join('; '), details);
  }
  const { kind, format, since, lang, ...defaults } = parsed.data;
  return { kind, format, defaults, earliest: since, locale: lang ?? DEFAULT_LOCALE };
}
