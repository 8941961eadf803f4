import { AppError } from '../domain/errors.js';
import { mapHeaders, type FieldSpec } from './headers.js';
import { importKinds } from './kinds/index.js';
import { orderLines } from './kinds/orders.js';
import type { ImportKindSpec } from './kind.js';
import { platformExportOf, type PlatformExport } from './platform-exports/index.js';
import type { ImportDefaults, ImportKind } from './types.js';

/** How one file is read: the kind's fields (a platform export's own columns first) and the values the file implies. */
export interface ImportLayout {
  /** The kind's rules for a row; a line export's rows need no buyer (orderLines). */
  spec: ImportKindSpec;
  fields: readonly FieldSpec[];
  defaults: ImportDefaults;
  /** The platform export the headers show, when they show one. */
  platformExport?: PlatformExport;
}

/**
 * What makes a file one kind when no platform export's signature says so: each group needs one of
 * its fields mapped. Kinds are tried in this order; buyers last, since any order file has a buyer column.
 */
const KIND_MARKERS: readonly [ImportKind, readonly (readonly string[])[]][] = [
  ['orders', [['orderedAt'], ['amount', 'unitPrice'], ['id', 'buyerId']]],
  ['reviews', [['text'], ['reviewedAt']]],
  ['products', [['name'], ['id', 'sku'], ['price', 'unitCost', 'category']]],
  ['posts', [['text'], ['postedAt']]],
  ['keywords', [['keyword'], ['volume']]],
  ['buyers', [['id']]],
];

/** The export's columns first, then the kind's general synonyms; a field the export has no column for gets none. */
function withExportColumns(fields: readonly FieldSpec[], found: PlatformExport): FieldSpec[] {
  return fields.map((field) => {
    const own = found.columns[field.name];
    if (own === undefined) return field;
    return { ...field, synonyms: own.length === 0 ? [] : [...own, ...field.synonyms.filter((s) => !own.includes(s))] };
  });
}

function mappedFields(headers: readonly string[], fields: readonly FieldSpec[]): Set<string> | undefined {
  try {
    return new Set(mapHeaders(headers, fields).columns.map((c) => c.field));
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

/** The kind a file without a platform signature looks like, when the chosen kind cannot read it. */
function kindThatFits(headers: readonly string[], chosen: ImportKind): ImportKind | undefined {
  if (mappedFields(headers, importKinds[chosen].fields)) return undefined;
  for (const [kind, groups] of KIND_MARKERS) {
    if (kind === chosen) continue;
    const mapped = mappedFields(headers, importKinds[kind].fields);
    if (mapped && groups.every((group) => group.some((f) => mapped.has(f)))) return kind;
  }
  return undefined;
}

export function wrongKind(detected: ImportKind, chosen: ImportKind): AppError {
  return new AppError('bad_input', { key: 'wrong_kind', params: { detected: `kind.${detected}`, chosen: `kind.${chosen}`, kind: detected } }, { kind: detected });
}

/**
 * Reads the headers before any row: a platform export gets its own column map and platform, and a
 * file that is plainly another kind (an order export sent as reviews) is refused naming the kind to
 * choose, before anything lands. JSON records name their own keys, so they keep the kind's fields.
 */
export function importLayout(kind: ImportKind, headers: readonly string[] | undefined, defaults: ImportDefaults): ImportLayout {
  const spec: ImportKindSpec = importKinds[kind];
  const fields = spec.fields;
  if (!headers) return { spec, fields, defaults };
  const found = platformExportOf(headers);
  if (found && found.kind !== kind) throw wrongKind(found.kind, kind);
  if (!found) {
    const fitting = kindThatFits(headers, kind);
    if (fitting) throw wrongKind(fitting, kind);
    return { spec, fields, defaults };
  }
  return {
    spec: found.rows === 'lines of orders' ? orderLines : spec,
    fields: withExportColumns(fields, found),
    defaults: { ...defaults, platform: defaults.platform ?? found.platform, ...(found.rows === 'whole orders' ? { wholeOrders: true } : {}) },
    platformExport: found,
  };
}
