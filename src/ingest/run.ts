import type { z } from 'zod';
import { fastRowParser } from './fast-row.js';
import { importKinds } from './kinds/index.js';
import type { ValidRow } from './kind.js';
import { recordMapper, type MappedRecord } from './mapper.js';
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
  /** Rows up to and including this one were committed by an earlier, interrupted run. */
  resumeAfterRow?: number;
  batchRows?: number;
  onReject?(reject: ImportReject): void;
  /** Rows read so far, every PROGRESS_EVERY_ROWS rows. */
  onRowsRead?(rowsRead: number): void;
}

export interface ImportSummary {
  kind: ImportKind;
  rowsRead: number;
  /** Rows skipped because an earlier run had committed them. */
  resumedAfterRow: number;
  /** Valid rows whose dedupe key was already stored. */
  duplicates: number;
  landed: number;
  rejected: number;
  rejects: ImportReject[];
}

function isBlankRecord(fields: Record<string, unknown>): boolean {
  for (const key in fields) {
    const v = fields[key];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string' || v.trim() !== '') return false;
  }
  return true;
}

function issuesToRejects(mapped: MappedRecord, issues: z.core.$ZodIssue[]): ImportReject[] {
  return issues.map((issue) => ({
    row: mapped.row,
    field: issue.path.length > 0 ? mapped.headerOf(String(issue.path[0])) : '',
    reason: issue.message,
  }));
}

/**
 * Reads, maps, validates and builds every row, and hands batches to the sink. Good rows land while
 * bad ones become rejects; memory holds one batch whatever the file size.
 */
export async function runImport<K extends ImportKind>(plan: ImportPlan<K>): Promise<ImportSummary> {
  const spec = importKinds[plan.kind];
  const resumeAfter = plan.resumeAfterRow ?? 0;
  const batchRows = plan.batchRows ?? BATCH_ROWS;
  const parseFast = fastRowParser(spec.row);
  const map = recordMapper(plan.source.headers, spec.fields, spec.keepsExtras ?? false);
  const build = spec.start({ merchantId: plan.merchantId, defaults: plan.defaults ?? {} }) as (
    row: ValidRow<unknown>,
  ) => ImportedRecord<K>;
  const summary: ImportSummary = { kind: plan.kind, rowsRead: 0, resumedAfterRow: resumeAfter, duplicates: 0, landed: 0, rejected: 0, rejects: [] };

  let batch: ImportedRecord<K>[] = [];
  let batchRejects: ImportReject[] = [];
  let lastRow = resumeAfter;
  let sinceFlush = 0;
  const reject = (r: ImportReject) => {
    if (r.row <= resumeAfter) return;
    batchRejects.push(r);
    if (summary.rejects.length < REJECTS_KEPT) summary.rejects.push(r);
    plan.onReject?.(r);
  };
  const flush = async () => {
    if (lastRow <= resumeAfter) return;
    const landed = await plan.sink.commit(batch, batchRejects, lastRow);
    summary.landed += landed;
    summary.duplicates += batch.length - landed;
    summary.rejected += new Set(batchRejects.map((r) => r.row)).size;
    batch = [];
    batchRejects = [];
    sinceFlush = 0;
  };

  for await (const record of plan.source.records) {
    // Counted by rows read, not rows kept, so a file of bad rows also commits its progress in batches.
    if (sinceFlush >= batchRows) await flush();
    if (++summary.rowsRead % PROGRESS_EVERY_ROWS === 0) plan.onRowsRead?.(summary.rowsRead);
    sinceFlush++;
    lastRow = record.row;
    if ('broken' in record) {
      reject({ row: record.row, field: '', reason: record.broken });
      continue;
    }
    const mapped = map(record);
    if ('reason' in mapped) {
      reject({ row: mapped.row, field: '', reason: mapped.reason });
      continue;
    }
    if (isBlankRecord(mapped.fields)) continue;
    let value: unknown = parseFast?.(mapped.fields);
    if (value === undefined) {
      const parsed = spec.row.safeParse(mapped.fields);
      if (!parsed.success) {
        for (const r of issuesToRejects(mapped, parsed.error.issues)) reject(r);
        continue;
      }
      value = parsed.data;
    }
    // Rows before the resume point are still built: order line numbers count every row.
    const built = build({ value, extras: mapped.extras });
    if (record.row <= resumeAfter) continue;
    batch.push(built);
  }
  await flush();
  return summary;
}
