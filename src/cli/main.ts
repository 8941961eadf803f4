import { parseArgs } from 'node:util';
import { closeApp, createApp, type App } from '../app.js';
import { configFromEnv } from '../config.js';
import { AppError } from '../domain/errors.js';
import { maxOf } from '../math/summary.js';
import { renderError } from '../messages/render.js';
import { commands } from './commands/index.js';
import type { CliContext, Command } from './command.js';
import { terminalProgress } from './progress.js';
import { cliLocale, say } from './say.js';

/** Exit codes: 2 for bad input (the user can fix it), 1 for everything else. */
const EXIT_BAD_INPUT = 2;
const EXIT_FAILURE = 1;

function helpText(): string {
  const width = maxOf(commands, (c) => c.name.length);
  return [
    say('help.title'),
    '',
    say('help.usage'),
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${say(c.summary, c.textParams)}`),
    '',
    say('help.more'),
  ].join('\n');
}

/** node:util parseArgs's complaint about a flag, as an error in the catalogue naming the flag. */
function flagError(error: unknown, command: Command): unknown {
  const { code, message } = error as { code?: string; message?: string };
  if (!code?.startsWith('ERR_PARSE_ARGS') || !message) return error;
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new AppError('bad_input', { key: 'unknown_option', params: { flag, command: command.name } });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // node says one of: "argument missing", "argument is ambiguous" (the next word starts with -), "does not take an argument".
    const key = /ambiguous/.test(message) ? 'option_value_dash' : /missing/.test(message) ? 'option_needs_value' : 'option_takes_no_value';
    return new AppError('bad_input', { key, params: { flag } });
  }
  return new AppError('bad_input', { key: 'wrong_arguments', params: { command: command.name } });
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
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean' } },
      });
    } catch (error) {
      throw flagError(error, command);
    }
    if (parsed.values.help) {
      console.log(say('help.command', { summary: say(command.summary, command.textParams), usage: say(command.usage, command.textParams) }));
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

function fail(error: unknown, json: boolean): number {
  const code = error instanceof AppError ? error.code : (error as { code?: string }).code;
  const badInput = code === 'bad_input';
  const message = error instanceof AppError ? renderError(cliLocale(), error) : error instanceof Error ? error.message : String(error);
  const details = error instanceof AppError ? error.details : undefined;
  const key = error instanceof AppError ? { key: error.key ?? `code.${error.code}`, params: error.params } : {};
  if (json) console.log(JSON.stringify({ error: { code: badInput ? 'bad_input' : code ?? 'failed', ...key, message, details } }, null, 2));
  else console.error(`kaikuan: ${message}${details ? `\n${JSON.stringify(details, null, 2)}` : ''}`);
  return badInput ? EXIT_BAD_INPUT : EXIT_FAILURE;
}
