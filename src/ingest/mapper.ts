import { AppError } from '../domain/errors.js';
import { mapHeaders, type FieldSpec, type HeaderMap } from './headers.js';
import { problem, type Problem } from '../messages/imports.js';
import type { SourceRecord } from './types.js';

/** A record with its cells under the kind's field names, ready for the row schema. */
export interface MappedRecord {
  row: number;
  fields: Record<string, unknown>;
  extras: Record<string, string>;
  /** The header the merchant wrote for a field, so rejects name the column they can see. */
  headerOf(field: string): string;
}

export type RecordMapper = (record: Exclude<SourceRecord, { broken: string }>) => MappedRecord | { row: number; reason: Problem };

/** JSON files rarely vary their keys; a few shapes are remembered so each is mapped once. */
const JSON_SHAPES_REMEMBERED = 64;

/** Kinds that ignore unmapped columns all share one empty, frozen extras. */
const NO_EXTRAS: Record<string, string> = Object.freeze({}) as Record<string, string>;

interface Shape {
  map: HeaderMap;
  headerOf: (field: string) => string;
  /** Fields the file has no column for. */
  absent: readonly string[];
}

function fromCells(shape: Shape, row: number, cells: unknown[], keepExtras: boolean): MappedRecord {
  const fields: Record<string, unknown> = {};
  // The row schema sees every field; a column the file lacks reads as an empty cell.
  for (const name of shape.absent) fields[name] = null;
  for (const c of shape.map.columns) fields[c.field] = cells[c.index];
  let extras = NO_EXTRAS;
  if (keepExtras) {
    extras = {};
    for (const e of shape.map.extras) {
      const v = cells[e.index];
      if (v !== null && v !== undefined && String(v).trim() !== '') extras[e.header] = String(v).trim();
    }
  }
  return { row, fields, extras, headerOf: shape.headerOf };
}

function shapeOf(map: HeaderMap, fields: readonly FieldSpec[]): Shape {
  const present = new Set(map.columns.map((c) => c.field));
  const byField = new Map(map.columns.map((c) => [c.field, c.header]));
  return {
    map,
    headerOf: (field) => byField.get(field) ?? field,
    absent: fields.map((f) => f.name).filter((name) => !present.has(name)),
  };
}

/**
 * Maps records onto fields. CSV/XLSX headers are mapped once, up front, so a file without a
 * required column fails before any row lands; JSON objects are mapped by their own keys.
 */
export function recordMapper(headers: string[] | undefined, fields: readonly FieldSpec[], keepExtras: boolean): RecordMapper {
  if (headers) {
    const shape = shapeOf(mapHeaders(headers, fields), fields);
    return (record) => {
      if (!('cells' in record)) return { row: record.row, reason: problem('expectedCells') };
      return fromCells(shape, record.row, record.cells, keepExtras);
    };
  }
  const shapes = new Map<string, Shape | { reason: Problem }>();
  const jsonShape = (keys: string[]): Shape | { reason: Problem } => {
    try {
      return shapeOf(mapHeaders(keys, fields), fields);
    } catch (error) {
      // One object missing a required key is a bad row, not a bad file.
      if (error instanceof AppError) {
        const missing = (error.details as { missing: { accepted: readonly string[] }[] }).missing;
        return { reason: problem('missingColumns', { columns: missing.map((f) => f.accepted[0]).join('、') }) };
      }
      throw error;
    }
  };
  return (record) => {
    const object = 'object' in record ? record.object : undefined;
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      return { row: record.row, reason: problem('expectedObject') };
    }
    const keys = Object.keys(object);
    const signature = keys.join('\u0000');
    let shape = shapes.get(signature);
    if (!shape) {
      shape = jsonShape(keys);
      if (shapes.size >= JSON_SHAPES_REMEMBERED) shapes.delete(shapes.keys().next().value as string);
      shapes.set(signature, shape);
    }
    if ('reason' in shape) return { row: record.row, reason: shape.reason };
    const cells = keys.map((k) => (object as Record<string, unknown>)[k]);
    return fromCells(shape, record.row, cells, keepExtras);
  };
}
