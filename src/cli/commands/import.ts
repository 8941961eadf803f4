import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { badInput } from '../../domain/errors.js';
import { parseImportRequest } from '../../ingest/options.js';
import { rejectsCsvHeader, rejectsCsvLine } from '../../ingest/report.js';
import { IMPORT_KINDS } from '../../ingest/types.js';
import { analyseAfterImport, type AfterImport } from '../../services/analysis.js';
import { importFile, type ImportResult } from '../../services/imports.js';
import { optionalString, requireOption, type Command } from '../command.js';

/** Enough rejects on screen to see the pattern; `--rejects FILE` writes all of them. */
const REJECTS_SHOWN = 10;

async function readableFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw badInput(`cannot read "${path}": no such file`);
}

/** `kaikuan import <kind> <file> --merchant <id>`: streams a file in, good rows land, bad rows are reported. */
export const importCommand: Command<ImportResult & AfterImport> = {
  name: 'import',
  summary: `import ${IMPORT_KINDS.join(', ')} from CSV, XLSX, JSON or JSONL`,
  usage: [
    `kaikuan import <${IMPORT_KINDS.join('|')}> <file> --merchant ID [--json]`,
    '       [--format csv|xlsx|json|jsonl] [--platform NAME] [--bucket day|week|month] [--owner own|competitor]',
    '       [--rejects REJECTS.csv] [--since YYYY-MM-DD] [--lang zh-CN|en]',
  ].join('\n'),
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
    if (!kind || !path || extra.length > 0) throw badInput(`usage: ${importCommand.usage}`);
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
    const { store } = await ctx.app();
    const progress = ctx.progress(`${request.kind} ←`, (await stat(path)).size);
    try {
      const result = await importFile(store, merchantId, {
        kind: request.kind,
        path,
        format: request.format,
        defaults: request.defaults,
        locale: request.locale,
        earliest: request.earliest,
        onProgress: (p) => progress.tick(p.bytesRead, `${p.rowsRead.toLocaleString()} rows`, p.rowsRead),
        onReject: rejectsFile && ((r) => rejectsFile.write(rejectsCsvLine(r))),
      });
      progress.done(`${result.landed.toLocaleString()} landed`);
      // New reviews are analysed now, so every page shows them on its first opening.
      let analysis: ReturnType<typeof ctx.progress> | undefined;
      const after = await analyseAfterImport(store, merchantId, result, {
        onProgress: (done, total) => (analysis ??= ctx.progress('分析新评价', total)).tick(done, ''),
      });
      analysis?.done('完成');
      return { ...result, ...after };
    } finally {
      if (rejectsFile) await new Promise((resolve) => rejectsFile.end(resolve));
    }
  },
  human(r) {
    const lines = [
      `${r.kind} from ${r.fileName} (${r.format}, import ${r.jobId})`,
      `  rows read   ${r.rowsRead.toLocaleString()}${r.resumedAfterRow > 0 ? ` (resumed after row ${r.resumedAfterRow})` : ''}`,
      `  landed      ${r.landed.toLocaleString()}`,
      `  duplicates  ${r.duplicates.toLocaleString()} (already imported, or repeated in the file)`,
      `  conflicts   ${r.conflicts.toLocaleString()} (same id as an earlier row, different content)`,
      `  rejected    ${r.rejected.toLocaleString()}`,
    ];
    if (r.notice) lines.push(`  ${r.notice.text}`);
    for (const x of r.rejects.slice(0, REJECTS_SHOWN)) {
      lines.push(`    row ${x.row}${x.field ? ` ${x.field}` : ''}${x.value ? ` "${x.value}"` : ''}: ${x.reason}`);
    }
    if (r.rejected + r.conflicts > REJECTS_SHOWN) lines.push(`    … use --rejects FILE for the full report`);
    return lines.join('\n');
  },
};
