import { z } from 'zod';
import { invalidInput } from '../domain/errors.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../messages/imports.js';
import { FILE_FORMATS, IMPORT_KINDS, type FileFormat, type ImportDefaults, type ImportKind } from './types.js';

/** What the CLI flags and the upload query string may say about an import; both parse through here. */
export const importRequestSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  format: z.enum(FILE_FORMATS).optional(),
  platform: z.string().trim().min(1).optional(),
  bucket: z.enum(['day', 'week', 'month']).optional(),
  owner: z.enum(['own', 'competitor']).optional(),
  since: z.iso.date().optional(),
  lang: z.enum(LOCALES).optional(),
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
  // Each wrong option named in the reader's language: "导入填写有误：类型只能是 reviews / posts / … 之一".
  if (!parsed.success) throw invalidInput('import_request', parsed.error);
  const { kind, format, since, lang, ...defaults } = parsed.data;
  return { kind, format, defaults, earliest: since, locale: lang ?? DEFAULT_LOCALE };
}
