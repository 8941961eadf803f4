import type { App } from '../app.js';
import { AppError } from '../domain/errors.js';
import type { CliKey, MessageParams } from '../messages/keys.js';
import type { Progress } from './progress.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean }>;

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface CliContext {
  /** Opens the store on first use, so `--help` and bad arguments never touch the database. */
  app(): Promise<App>;
  json: boolean;
  progress(label: string, total?: number): Progress;
}

export interface Command<R = unknown> {
  name: string;
  /** Keys of the command's one-line summary and usage in the CLI's texts (src/messages/cli.ts). */
  summary: CliKey;
  usage: CliKey;
  /** What the summary and usage fill in (the import kinds, the agents' jobs). */
  textParams?: MessageParams;
  options?: OptionSpec;
  run(ctx: CliContext, args: CommandArgs): Promise<R>;
  /** How a person reads the result; without it the result is printed as indented JSON. */
  human?(result: R): string;
}

/** Reads a required string option or fails with a message that names it. */
export function requireOption(args: CommandArgs, name: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value === '') {
    throw new AppError('bad_input', { key: 'option_required', params: { flag: name } });
  }
  return value;
}

export function optionalString(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
