import { parseArgs } from 'node:util';
import { closeApp, createApp, type App } from '../app.js';
import { configFromEnv } from '../config.js';
import { AppError } from '../domain/errors.js';
import { maxOf } from '../math/summary.js';
import { localeFrom, renderError } from '../messages/render.js';
import { commands } from './commands/index.js';
import type { CliContext } from './command.js';
import { terminalProgress } from './progress.js';

/** Exit codes: 2 for bad input (the user can fix it), 1 for everything else. */
const EXIT_BAD_INPUT = 2;
const EXIT_FAILURE = 1;

function helpText(): string {
  const width = maxOf(commands, (c) => c.name.length);
  return [
    'kaikuan — decide what to make, whom to serve and where to sell',
    '',
    'Usage: kaikuan <command> [options] [--json]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kaikuan <command> --help` for a command\'s options.',
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const wantsJson = rest.includes('--json');
  if (!name || name === '--help' || name === 'help') {
    console.log(helpText());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return fail(new AppError('bad_input', { key: 'unknown_command', params: { name } }), wantsJson);

  let app: App | undefined;
  try {
    const parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean' } },
    });
    if (parsed.values.help) {
      console.log(`${command.summary}\n\nUsage: ${command.usage}`);
      return 0;
    }
    const ctx: CliContext = {
      json: wantsJson,
      app: async () => (app ??= await createApp(configFromEnv())),
      progress: (label, total) => terminalProgress(label, total, !wantsJson),
    };
    const result = await command.run(ctx, { positionals: parsed.positionals, values: parsed.values as never });
    if (result !== undefined) {
      console.log(wantsJson || !command.human ? JSON.stringify(result, null, 2) : command.human(result));
    }
    return 0;
  } catch (error) {
    return fail(error, wantsJson);
  } finally {
    if (app) await closeApp(app);
  }
}

/**
 * Chinese unless KAIKUAN_LANG asks for English (KAIKUAN_LANG=en). The terminal's LANG is not read: it is
 * en_US on most Chinese merchants' machines too.
 */
const cliLocale = () => localeFrom(process.env.KAIKUAN_LANG);

function fail(error: unknown, json: boolean): number {
  const code = error instanceof AppError ? error.code : (error as { code?: string }).code;
  const badInput = code === 'bad_input' || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  const message = error instanceof AppError ? renderError(cliLocale(), error) : error instanceof Error ? error.message : String(error);
  const details = error instanceof AppError ? error.details : undefined;
  const key = error instanceof AppError ? { key: error.key ?? `code.${error.code}`, params: error.params } : {};
  if (json) console.log(JSON.stringify({ error: { code: badInput ? 'bad_input' : code ?? 'failed', ...key, message, details } }, null, 2));
  else console.error(`kaikuan: ${message}${details ? `\n${JSON.stringify(details, null, 2)}` : ''}`);
  return badInput ? EXIT_BAD_INPUT : EXIT_FAILURE;
}
