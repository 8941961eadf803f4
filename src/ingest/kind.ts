import type { z } from 'zod';
import type { FieldSpec } from './headers.js';
import type { ImportDefaults, ImportedRecord, ImportKind } from './types.js';

export interface BuildContext {
  merchantId: string;
  defaults: ImportDefaults;
}

/** A validated row plus, for kinds that keep them, the unmapped columns by header. */
export interface ValidRow<V> {
  value: V;
  extras: Record<string, string>;
}

/** Everything that makes one import kind: its columns, its row schema, and how a row becomes a record. */
export interface ImportKindSpec<K extends ImportKind = ImportKind, S extends z.ZodType = z.ZodType> {
  kind: K;
  fields: readonly FieldSpec[];
  row: S;
  /** Products keep unmapped columns as attributes; other kinds ignore them. */
  keepsExtras?: boolean;
  /**
   * Returns the row builder for one import. The record's key (id, or order id + line) is its dedupe
   * key, so it must depend only on the row's content and position among equal rows, never on time.
   */
  start(context: BuildContext): (row: ValidRow<z.output<S>>) => ImportedRecord<K>;
  /** The record's identity (what the store keys it by): two rows of one file with the same identity are one record. */
  keyOf(record: ImportedRecord<K>): string;
  /** Fields holding instants that must fall in the plausible window (2000 to tomorrow unless widened). */
  dates: readonly (keyof z.output<S> & string)[];
}

export function defineKind<K extends ImportKind, S extends z.ZodType>(spec: ImportKindSpec<K, S>): ImportKindSpec<K, S> {
  return spec;
}
