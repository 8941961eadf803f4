import { z } from 'zod';
import type { Parsed } from './values.js';

export type CellParser = (value: unknown) => Parsed<unknown>;

/** The parse function behind each cell schema, so a whole row can be parsed without going through zod. */
const cellParsers = new WeakMap<z.ZodType, CellParser>();

/** Remembers which parse function a cell schema runs; `fastRowParser` calls it directly. */
export function registerCellParser<S extends z.ZodType>(schema: S, parse: CellParser): S {
  cellParsers.set(schema, parse);
  return schema;
}

/** Parses a row's fields into the schema's output, or says `undefined` when any cell fails. */
export type FastRowParser = (fields: Record<string, unknown>) => Record<string, unknown> | undefined;

/**
 * zod's per-row machinery (issue lists, transform pipes, output cloning) was the largest single
 * cost of an import. For a plain object of registered cells this runs the very same cell parsers
 * without it; a row with any bad cell goes back to zod, which names every bad field. Schemas with
 * row-level rules (refinements) or unregistered cells get no fast path, so no rule is ever skipped.
 * Expects every field present (the mapper sets a column the file lacks to null).
 */
export function fastRowParser(schema: z.ZodType): FastRowParser | undefined {
  if (!(schema instanceof z.ZodObject) || (schema._zod.def.checks?.length ?? 0) > 0) return undefined;
  const keys = Object.keys(schema.shape);
  const parsers: CellParser[] = [];
  for (const key of keys) {
    const parse = cellParsers.get(schema.shape[key] as z.ZodType);
    if (!parse) return undefined;
    parsers.push(parse);
  }
  return (fields) => {
    const value: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const cellValue = fields[keys[i]];
      // zod refuses a missing key (a ragged row's lost cell) before any cell parser sees it.
      if (cellValue === undefined) return undefined;
      const result = parsers[i](cellValue);
      if (!result.ok) return undefined;
      value[keys[i]] = result.value;
    }
    return value;
  };
}
