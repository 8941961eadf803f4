import { AppError } from '../domain/errors.js';
import { mapHeaders, type FieldSpec, type HeaderMap } from './headers.js';
import type { SourceRecord } from './types.js';

/** A record with its cells under the kind's field names, ready for the row schema. */
export interface MappedRecord {
  row: number;
  fields: Record<string, unknown>;
  extras: Record<string, string>;
  /** The header the merchant wrote for a field, so rejects name the column they can see. */
  headerOf(field: string): string;
}

export type RecordMapper = (record: Exclude<SourceRecord, { broken: string }>) => MappedRecord | { row: number; reason: string };

/** JSON files rarely vary their keys; a few shapes are remembered so each is mapped once. */
const JSON_SHAPES_REMEMBERED = 64;

function fromCells(map: HeaderMap, cells: unknown[], keepExtras: boolean, absent: readonly string[]) {
  const fields: Record<string, unknown> = {};
  // The row schema sees every field; a column the file lacks reads as an empty cell.
  for (const name of absent) fields[name] = null;
  for (const c of map.columns) fields[c.field] = cells[c.index];
  const extras: Record<string, string> = {};
  if (keepExtras) {
    for (const e of map.extras) {
      const v = cells[e.index];
      if (v !== null && v !== undefined && String(v).trim() !== '') extras[e.header] = String(v).trim();
    }
  }
  return { fields, extras };
}

function absentFields(map: HeaderMap, fields: readonly FieldSpec[]): string[] {
  const present = new Set(map.columns.map((c) => c.field));
  return fields.map((f) => f.name).filter((name) => !present.has(name));
}

function headerLookup(map: HeaderMap): (field: string) => string {
  const byField = new Map(map.columns.map((c) => [c.field, c.header]));
  return (field) => byField.get(field) ?? field;
}

/**
 * Maps records onto fields. CSV/XLSX headers are mapped once, up front, so a file without a
 * required column fails before any row lands; JSON objects are mapped by their own keys.
 */
export function recordMapper(headers: string[] | undefined, fields: readonly FieldSpec[], keepExtras: boolean): RecordMapper {
  if (headers) {
    const map = mapHeaders(headers, fields);
    const headerOf = headerLookup(map);
    const absent = absentFields(map, fields);
    return (record) => {
      if (!('cells' in record)) return { row: record.row, reason: 'expected a row of cells' };
      return { row: record.row, ...fromCells(map, record.cells, keepExtras, absent), headerOf };
    };
  }
  const shapes = new Map<string, { map: HeaderMap; headerOf: (field: string) => string; absent: string[] } | { reason: string }>();
  const shapeOf = (keys: string[]) => {
    try {
      const map = mapHeaders(keys, fields);
      return { map, headerOf: headerLookup(map), absent: absentFields(map, fields) };
    } catch (error) {
      // One object missing a required key is a bad row, not a bad file.
      if (error instanceof AppError) return { reason: error.message };
      throw error;
    }
  };
  return (record) => {
    const object = 'object' in record ? record.object : undefined;
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      return { row: record.row, reason: 'expected a JSON object' };
    }
    const keys = Object.keys(object);
    const signature = keys.join('\u0000');
    let shape = shapes.get(signature);
    if (!shape) {
      shape = shapeOf(keys);
      if (shapes.size >= JSON_SHAPES_REMEMBERED) shapes.delete(shapes.keys().next().value as string);
      shapes.set(signature, shape);
    }
    if ('reason' in shape) return { row: record.row, reason: shape.reason };
    const cells = keys.map((k) => (object as Record<string, unknown>)[k]);
    return { row: record.row, ...fromCells(shape.map, cells, keepExtras, shape.absent), headerOf: shape.headerOf };
  };
}
