import type { z } from 'zod';
import { contentLanes, recordPrint } from './dedupe.js';
import { fastRowParser } from './fast-row.js';
import { SeenIdentities } from './identities.js';
import type { ValidRow } from './kind.js';
import { importLayout } from './layout.js';
import { recordMapper, type MappedRecord } from './mapper.js';
import { DEFAULT_LOCALE, isMessageKey, problem, say, type Locale, type MessageKey, type Problem } from '../messages/imports.js';
import { plausibleWindow, type DateWindow } from './plausible.js';
import { REJECT_VALUE_CHARS } from './readers/csv-splitter.js';
import type { ImportDefaults, ImportedRecord, ImportKind, ImportReject, SourceTable } from './types.js';

/**
 * Rows per transaction. Each commit rewrites every index page the batch touched, and dedupe keys
 * are hashes that land all over the key index, so fewer, larger batches write far less; 10,000
 * rows are ~10 MB of records in memory and a few seconds of work lost to a crash.
 */
export const BATCH_ROWS = 10_000;
/** The summary carries the first rejects for people to read; the full report streams through onReject. */
export const REJECTS_KEPT = 1_000;
/** How often a progress display hears the row count: often enough to move, rarely enough to cost nothing. */
const PROGRESS_EVERY_ROWS = 1_000;
/** Where batches go: the store writes records and the job's progress in one transaction. */
export interface ImportSink<K extends ImportKind> {
  /** Returns how many records were new (the rest were already there: the dedupe key matched). */
  commit(records: ImportedRecord<K>[], rejects: ImportReject[], throughRow: number): Promise<number>;
}

export interface ImportPlan<K extends ImportKind> {
  kind: K;
  merchantId: string;
  source: SourceTable;
  sink: ImportSink<K>;
  defaults?: ImportDefaults;
  /** The language rejects are worded in. */
  locale?: Locale;
  /** Earliest plausible date (YYYY-MM-DD, Beijing); widen it for historical data. */
  earliest?: string;
  /** The clock "tomorrow" is counted from (tests pin it). */
  now?: Date;
  /** Rows up to and including this one were committed by an earlier, interrupted run. */
  resumeAfterRow?: number;
  batchRows?: number;
  /** Slots of the in-memory identity table before it spills to disk (tests make it small). */
  identityMemorySlots?: number;
  onReject?(reject: ImportReject): void;
  /** Rows read so far, every PROGRESS_EVERY_ROWS rows. */
  onRowsRead?(rowsRead: number): void;
}

export interface ImportSummary {
  kind: ImportKind;
  rowsRead: number;
  /** Rows skipped because an earlier run had committed them. */
  resumedAfterRow: number;
  /** Valid rows already stored, or repeated in the file with the same content. */
  duplicates: number;
  /** Rows repeating an earlier row's identity with different content (also in the rejects). */
  conflicts: number;
  landed: number;
  /** Rows with a problem (not counting conflicts). */
  rejected: number;
  rejects: ImportReject[];
  /** Said plainly when the file holds no rows at all. */
  notice?: { code: Extract<MessageKey, 'fileEmpty' | 'headerOnly' | 'noRecords' | 'cutShort'>; text: string };
}

function isBlankRecord(fields: Record<string, unknown>): boolean {
  for (const key in fields) {
    const v = fields[key];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string' || v.trim() !== '') return false;
  }
  return true;
}

/** A cell as the merchant wrote it, short enough for a report line. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > REJECT_VALUE_CHARS ? `${text.slice(0, REJECT_VALUE_CHARS)}…` : text;
}

/** zod's issues as problems: our cells and rules put a catalogue key in the message. */
function issueProblem(issue: z.core.$ZodIssue): Problem {
  if (isMessageKey(issue.message)) return problem(issue.message, (issue as { params?: Problem['params'] }).params);
  return problem('invalid', { detail: issue.message });
}

/** The first field holding text the decoder could not read (replacement characters are never stored). */
function garbledField(fields: Record<string, unknown>): string | undefined {
  for (const key in fields) {
    const v = fields[key];
    if (typeof v === 'string' && v.includes('\uFFFD')) return key;
  }
  return undefined;
}

/**
 * Reads, maps, validates and builds every row, and hands batches to the sink. Good rows land while
 * bad ones become rejects; memory holds one batch (and the file's identities, see SeenIdentities)
 * whatever the file size.
 */
export async function runImport<K extends ImportKind>(plan: ImportPlan<K>): Promise<ImportSummary> {
  const identities = new SeenIdentities(plan.identityMemorySlots);
  try {
    return await importRows(plan, identities);
  } finally {
    identities.close();
  }
}

async function importRows<K extends ImportKind>(plan: ImportPlan<K>, identities: SeenIdentities): Promise<ImportSummary> {
  const locale = plan.locale ?? DEFAULT_LOCALE;
  const resumeAfter = plan.resumeAfterRow ?? 0;
  const batchRows = plan.batchRows ?? BATCH_ROWS;
  const summary: ImportSummary = {
    kind: plan.kind, rowsRead: 0, resumedAfterRow: resumeAfter, duplicates: 0, conflicts: 0, landed: 0, rejected: 0, rejects: [],
  };
  if (plan.source.empty) return { ...summary, notice: { code: 'fileEmpty', text: say(problem('fileEmpty'), locale) } };
  // Platform exports read by their own columns; a file of another kind is refused before any row.
  const layout = importLayout(plan.kind, plan.source.headers, plan.defaults ?? {});
  const spec = layout.spec;
  const parseFast = fastRowParser(spec.row);
  const map = recordMapper(plan.source.headers, layout.fields, spec.keepsExtras ?? false);
  const build = spec.start({ merchantId: plan.merchantId, defaults: layout.defaults }) as (
    row: ValidRow<unknown>,
  ) => ImportedRecord<K>;
  const keyOf = spec.keyOf as (record: ImportedRecord<K>) => string;
  const window: DateWindow = plausibleWindow(plan.earliest, plan.now);
  const identityField = spec.fields[0].name;

  let batch: ImportedRecord<K>[] = [];
  let batchRejects: ImportReject[] = [];
  let batchConflicts = 0;
  let lastRow = resumeAfter;
  let sinceFlush = 0;
  let rowsWithContent = 0;
  const reject = (row: number, field: string, value: unknown, reason: Problem) => {
    if (row <= resumeAfter) return;
    const r: ImportReject = { row, field, value: shown(value), reason: say(reason, locale) };
    batchRejects.push(r);
    if (summary.rejects.length < REJECTS_KEPT) summary.rejects.push(r);
    plan.onReject?.(r);
  };
  const flush = async () => {
    if (lastRow <= resumeAfter) return;
    const landed = await plan.sink.commit(batch, batchRejects, lastRow);
    summary.landed += landed;
    summary.duplicates += batch.length - landed;
    summary.rejected += new Set(batchRejects.map((r) => r.row)).size - batchConflicts;
    summary.conflicts += batchConflicts;
    batch = [];
    batchRejects = [];
    batchConflicts = 0;
    sinceFlush = 0;
  };

  for await (const record of plan.source.records) {
    // Counted by rows read, not rows kept, so a file of bad rows also commits its progress in batches.
    if (sinceFlush >= batchRows) await flush();
    if (++summary.rowsRead % PROGRESS_EVERY_ROWS === 0) plan.onRowsRead?.(summary.rowsRead);
    sinceFlush++;
    lastRow = record.row + ('rows' in record && record.rows ? record.rows - 1 : 0);
    if ('broken' in record) {
      rowsWithContent++;
      reject(record.row, record.field ?? '', record.value, record.broken);
      if (record.cutShort) summary.notice = { code: 'cutShort', text: say(problem('cutShort', { line: record.cutShort.line, records: record.row - 1 }), locale) };
      continue;
    }
    const mapped = map(record);
    if ('reason' in mapped) {
      rowsWithContent++;
      reject(mapped.row, '', '', mapped.reason);
      continue;
    }
    if (isBlankRecord(mapped.fields)) continue;
    rowsWithContent++;
    const garbled = garbledField(mapped.fields);
    if (garbled !== undefined) {
      reject(mapped.row, mapped.headerOf(garbled), mapped.fields[garbled], problem('undecodable'));
      continue;
    }
    let value = parseFast?.(mapped.fields) as Record<string, unknown> | undefined;
    if (value === undefined) {
      const parsed = spec.row.safeParse(mapped.fields);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.length > 0 ? String(issue.path[0]) : '';
          reject(mapped.row, field ? mapped.headerOf(field) : '', field ? mapped.fields[field] : '', issueProblem(issue));
        }
        continue;
      }
      value = parsed.data as Record<string, unknown>;
    }
    const implausible = implausibleDate(spec.dates, value, window, mapped);
    if (implausible) {
      reject(mapped.row, mapped.headerOf(implausible.field), mapped.fields[implausible.field], implausible.problem);
      continue;
    }
    // Rows before the resume point are still built and remembered: order line numbers and conflicts count every row.
    const built = build({ value, extras: mapped.extras });
    const identity = contentLanes(keyOf(built));
    const seen = identities.check(identity[0], identity[1], recordPrint(built), record.row);
    if (record.row <= resumeAfter) continue;
    if (seen === 'duplicate') {
      summary.duplicates++;
      continue;
    }
    if (seen !== 'new') {
      batchConflicts++;
      reject(mapped.row, mapped.headerOf(identityField), mapped.fields[identityField], problem('conflict', { first: seen }));
      continue;
    }
    batch.push(built);
  }
  await flush();
  if (rowsWithContent === 0 && resumeAfter === 0) {
    // A JSON file has no header: an empty array, or JSONL of blank lines, holds no records.
    const code = plan.source.headers ? 'headerOnly' : 'noRecords';
    summary.notice = { code, text: say(problem(code), locale) };
  }
  return summary;
}

function implausibleDate(
  dates: readonly string[],
  value: Record<string, unknown>,
  window: DateWindow,
  mapped: MappedRecord,
): { field: string; problem: Problem } | undefined {
  for (const field of dates) {
    const at = value[field];
    if (typeof at !== 'string') continue;
    if (at < window.earliest) return { field, problem: problem('dateTooEarly', { value: shown(mapped.fields[field]), earliest: window.earliestDay }) };
    if (at >= window.after) return { field, problem: problem('dateInFuture', { value: shown(mapped.fields[field]) }) };
  }
  return undefined;
}
