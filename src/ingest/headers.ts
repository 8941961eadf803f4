import { badInput } from '../domain/errors.js';

/** A canonical field of an import kind and the headers merchants use for it, best match first. */
export interface FieldSpec {
  name: string;
  synonyms: readonly string[];
  /** The column must exist; whether a cell may be empty is the row schema's business. */
  required?: boolean;
}

export interface MappedColumn {
  field: string;
  header: string;
  index: number;
}

/** Which file column feeds which field; `extras` are the columns no field claimed. */
export interface HeaderMap {
  columns: MappedColumn[];
  extras: { header: string; index: number }[];
}

/**
 * Header spellings differ by platform and by hand: full-width letters, spaces, units in brackets
 * ("金额（元）"), dots from flattened JSON ("reviews.text"). Compare them without any of that.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（【[].*?[)）】\]]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.·:：*#/\\]/g, '');
}

/** The columns a file lacks, as a merchant would name them: “评价内容/评论内容/初评内容”、“评价时间/…”. */
export const columnNames = (fields: readonly FieldSpec[]) => fields.map((f) => `“${f.synonyms.slice(0, 3).join('/')}”`).join('、');

/** Headers shown back in an error: enough to see what the file holds, never a whole wide sheet. */
const HEADERS_SHOWN = 20;

function foundNames(headers: readonly string[]): string {
  const named = headers.map((h) => String(h ?? '').trim()).filter((h) => h !== '');
  const shown = named.slice(0, HEADERS_SHOWN).map((h) => `“${h}”`).join('、');
  return named.length > HEADERS_SHOWN ? `${shown}…` : shown || '—';
}

/**
 * Gives every field the column of its earliest synonym; one column feeds one field, fields in
 * spec order choose first. Throws `bad_input` (import_missing_columns) naming the missing columns and the ones found.
 */
export function mapHeaders(headers: readonly string[], fields: readonly FieldSpec[]): HeaderMap {
  const normalized = headers.map((h) => normalizeHeader(String(h ?? '')));
  const taken = new Set<number>();
  const columns: MappedColumn[] = [];
  const missing: FieldSpec[] = [];
  for (const field of fields) {
    let found = -1;
    for (const synonym of field.synonyms) {
      const wanted = normalizeHeader(synonym);
      found = normalized.findIndex((h, i) => h === wanted && !taken.has(i));
      if (found >= 0) break;
    }
    if (found >= 0) {
      taken.add(found);
      columns.push({ field: field.name, header: headers[found], index: found });
    } else if (field.required) {
      missing.push(field);
    }
  }
  if (missing.length > 0) {
    throw badInput({ key: 'import_missing_columns', params: { columns: columnNames(missing), found: foundNames(headers) } }, {
      missing: missing.map((f) => ({ field: f.name, accepted: f.synonyms })),
      headers,
    });
  }
  const extras = headers
    .map((header, index) => ({ header: String(header ?? '').trim(), index }))
    .filter((c) => !taken.has(c.index) && c.header !== '');
  return { columns, extras };
}
