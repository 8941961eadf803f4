import type { Problem } from '../messages/imports.js';

// The import vocabulary is shared with the store and the import use case, so it lives in src/domain.
export { FILE_FORMATS, IMPORT_KINDS } from '../domain/imports.js';
export type { FileFormat, ImportDefaults, ImportedRecord, ImportedRecords, ImportKind, ImportReject } from '../domain/imports.js';

/** One record as read from the file, before header mapping. */
export type SourceRecord =
  | { row: number; cells: unknown[] }
  | { row: number; object: unknown }
  /**
   * A record the reader could not parse (a JSONL line that is not JSON, an unclosed quote, a cell
   * over the cap); it becomes a reject. `rows` is how many file rows it covers (an unclosed quote
   * may take a few); `field` and `value` name the cell when the reader knows it. `cutShort` marks
   * a break that ends the file's readable part (a JSON array cut off part-way), at that line.
   */
  | { row: number; broken: Problem; rows?: number; field?: string; value?: string; cutShort?: { line: number } };

/** A reader turns a byte stream into records; CSV/XLSX announce their header first. */
export interface SourceTable {
  /** Column headers in file order (CSV/XLSX); undefined for JSON objects, whose keys name themselves. */
  headers: string[] | undefined;
  records: AsyncIterable<SourceRecord>;
  /** The file has nothing in it at all (not even a header). */
  empty?: boolean;
}
