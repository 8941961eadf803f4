import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AppError, badInput } from '../../domain/errors.js';
import { parseImportRequest } from '../../ingest/options.js';
import { rejectsCsvHeader, rejectsCsvLine } from '../../ingest/report.js';
import { IMPORT_KINDS } from '../../ingest/types.js';
import { analyseAfterImport, type AfterImport } from '../../services/analysis.js';
import { importFile, type ImportResult } from '../../services/imports.js';
import { optionalString, requireOption, type Command } from '../command.js';
import { cliLocale, say } from '../say.js';

/** Enough rejects on screen to see the pattern; `--rejects FILE` writes all of them. */
const REJECTS_SHOWN = 10;

async function readableFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw badInput({ key: 'import_no_file', params: { path } });
}

/** `kaikuan import <kind> <file> --merchant <id>`: streams a file in, good rows land, bad rows are reported. */
export const importCommand: Command<ImportResult & AfterImport> = {
  name: 'import',
  summary: 'import.summary',
  usage: 'import.usage',
  textParams: { kinds: IMPORT_KINDS.join('|') },
  options: {
    merchant: { type: 'string' },
    format: { type: 'string' },
    platform: { type: 'string' },
    bucket: { type: 'string' },
    owner: { type: 'string' },
    rejects: { type: 'string' },
    since: { type: 'string' },
    lang: { type: 'string' },
  },
  async run(ctx, args) {
    const [kind, path, ...extra] = args.positionals;
    if (!kind || !path || extra.length > 0) throw badInput({ key: 'wrong_arguments', params: { command: 'import' } });
    const merchantId = requireOption(args, 'merchant');
    const request = parseImportRequest({
      kind,
      format: optionalString(args, 'format'),
      platform: optionalString(args, 'platform'),
      bucket: optionalString(args, 'bucket'),
      owner: optionalString(args, 'owner'),
      since: optionalString(args, 'since'),
      lang: optionalString(args, 'lang'),
    });
    await readableFile(path);
    const rejectsPath = optionalString(args, 'rejects');
    const rejectsFile = rejectsPath ? createWriteStream(rejectsPath) : undefined;
    rejectsFile?.write(rejectsCsvHeader(request.locale));
    const { store, llm, config } = await ctx.app();
    const progress = ctx.progress(`${request.kind} ←`, (await stat(path)).size);
    try {
      const result = await importFile(store, merchantId, {
        kind: request.kind,
        path,
        format: request.format,
        defaults: request.defaults,
        locale: request.locale,
        earliest: request.earliest,
        onProgress: (p) => progress.tick(p.bytesRead, say('import.progress_rows', { rows: p.rowsRead.toLocaleString() }), p.rowsRead),
        onReject: rejectsFile && ((r) => rejectsFile.write(rejectsCsvLine(r))),
      }).catch((error: unknown) => {
        // The page offers a button for the kind the file is; a command line offers the command to type.
        if (error instanceof AppError && error.key === 'wrong_kind') {
          throw new AppError(error.code, { key: 'wrong_kind_command', params: { ...error.params, file: path } }, error.details);
        }
        throw error;
      });
      progress.done(say('import.progress_done', { landed: result.landed.toLocaleString() }));
      // New reviews are analysed now, so every page shows them on its first opening.
      let analysis: ReturnType<typeof ctx.progress> | undefined;
      const after = await analyseAfterImport(store, merchantId, result, {
        onProgress: (done, total) => (analysis ??= ctx.progress(say('import.analysing'), total)).tick(done, ''),
        model: { llm, caps: config.llm.extraction, locale: cliLocale() },
      });
      analysis?.done(say('progress.done'));
      return { ...result, ...after };
    } finally {
      if (rejectsFile) await new Promise((resolve) => rejectsFile.end(resolve));
    }
  },
  human(r) {
    const lines = [
      say('import.head', { kind: r.kind, file: r.fileName, format: r.format, job: r.jobId }),
      say('import.rows_read', { rows: r.rowsRead.toLocaleString(), resumed: r.resumedAfterRow > 0 ? say('import.resumed', { row: r.resumedAfterRow }) : '' }),
      say('import.landed', { count: r.landed.toLocaleString() }),
      say('import.duplicates', { count: r.duplicates.toLocaleString() }),
      say('import.conflicts', { count: r.conflicts.toLocaleString() }),
      say('import.rejected', { count: r.rejected.toLocaleString() }),
    ];
    if (r.notice) lines.push(`  ${r.notice.text}`);
    if (r.orderStatusNote) lines.push(`  ${r.orderStatusNote}`);
    if (r.modelReading) lines.push(`  ${r.modelReading.note}`);
    for (const x of r.rejects.slice(0, REJECTS_SHOWN)) {
      lines.push(say('import.reject_row', { row: x.row, field: x.field ? ` ${x.field}` : '', value: x.value ? ` "${x.value}"` : '', reason: x.reason }));
    }
    if (r.rejected + r.conflicts > REJECTS_SHOWN) lines.push(say('import.more'));
    return lines.join('\n');
  },
};
