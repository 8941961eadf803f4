import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../domain/errors.js';
import type { Locale } from '../messages/imports.js';
import { openSource, type ReaderLimits } from '../ingest/readers/index.js';
import { runImport, type ImportSummary } from '../ingest/run.js';
import type { FileFormat, ImportDefaults, ImportKind, ImportReject } from '../ingest/types.js';
import { fileChunks } from './import-bytes.js';
import { packRecords, type PackedRecords } from './import-packing.js';

/** What the reading thread is told: everything `runImport` needs except where records go. */
export interface ReadJob {
  kind: ImportKind;
  merchantId: string;
  path: string;
  format: FileFormat;
  defaults?: ImportDefaults;
  resumeAfterRow: number;
  batchRows: number;
  locale?: Locale;
  earliest?: string;
  limits?: ReaderLimits;
  identityMemorySlots?: number;
}

/** The reading thread's job: its `batchRows` are rows per hand-off (the writing thread groups them into transactions). */
export interface ReaderJob extends ReadJob {
  /** Hand-offs posted but not yet committed; bounds memory whatever the file size. */
  handoffsInFlight: number;
}

export type ReaderMessage =
  | { type: 'batch'; records: PackedRecords; rejects: ImportReject[]; throughRow: number }
  | { type: 'progress'; bytesRead: number; rowsRead: number }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'failed'; code?: AppError['code']; message: string; key?: AppError['key']; params?: AppError['params']; fields?: AppError['fields']; details?: unknown };

/**
 * The reading thread: reads, decodes, validates and builds rows while the main thread writes the
 * previous batch. The main thread acknowledges each hand-off once it has committed it.
 */
async function read(port: NonNullable<typeof parentPort>, job: ReaderJob): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    inFlight--;
    wake?.();
  });
  const post = (message: ReaderMessage) => port.postMessage(message);
  let rowsRead = 0;
  const bytes = fileChunks(job.path, (bytesRead) => post({ type: 'progress', bytesRead, rowsRead }));
  try {
    const summary = await runImport({
      ...job,
      source: await openSource(job.format, bytes, job.limits),
      sink: {
        async commit(records, rejects, throughRow) {
          post({ type: 'batch', records: packRecords(records), rejects, throughRow });
          inFlight++;
          while (inFlight >= job.handoffsInFlight) await new Promise<void>((resolve) => (wake = resolve));
          return 0; // the main thread counts what landed
        },
      },
      onRowsRead: (n) => {
        rowsRead = n;
      },
    });
    post({ type: 'done', summary });
  } catch (error) {
    post(error instanceof AppError
      ? { type: 'failed', code: error.code, message: error.message, key: error.key, params: error.params, fields: error.fields, details: error.details }
      : { type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  port.close();
}

if (parentPort) await read(parentPort, workerData as ReaderJob);
