import type { z } from 'zod';
import type { ErrorKey, FieldProblem, MessageParams } from '../messages/keys.js';
import { renderError } from '../messages/render.js';
import { fieldProblems } from '../messages/zod-problems.js';

/** Error codes are mapped once to HTTP statuses (server) and exit codes (CLI). */
export type ErrorCode =
  | 'bad_input' | 'not_found' | 'unauthorized' | 'forbidden' | 'conflict' | 'refused' | 'upstream'
  /** A request body over its route's limit. */
  | 'too_large'
  /** Too many attempts (sign-in); the caller waits and tries again. */
  | 'too_many';

/** What went wrong, as a catalogue key and its parameters, so the web and CLI can say it in the reader's language. */
export interface ErrorMessage {
  key: ErrorKey;
  params?: MessageParams;
}

/**
 * An error a person can fix or should know about. Give it an `ErrorMessage` from `src/messages`; `.message` is the
 * English rendering (logs, tests). A plain string is still accepted for messages not yet in the catalogue: readers
 * in Chinese then see the code's general sentence instead of English.
 */
export class AppError extends Error {
  readonly key: ErrorKey | undefined;
  readonly params: MessageParams;
  /** Each wrong field of a parsed input, rendered as "field name: what is wrong". */
  readonly fields: readonly FieldProblem[];

  constructor(
    readonly code: ErrorCode,
    message: string | ErrorMessage,
    readonly details?: unknown,
    fields: readonly FieldProblem[] = [],
  ) {
    const structured = typeof message === 'string' ? undefined : message;
    super(renderError('en', { code, message: structured ? undefined : (message as string), key: structured?.key, params: structured?.params ?? {}, fields }));
    this.name = 'AppError';
    this.key = structured?.key;
    this.params = structured?.params ?? {};
    this.fields = fields;
  }
}

export const badInput = (message: string | ErrorMessage, details?: unknown) => new AppError('bad_input', message, details);
export const notFound = (message: string | ErrorMessage) => new AppError('not_found', message);

/** What a parsed input is, as its catalogue key says it ("开款测算填写有误：售价要大于 0"). */
export type InputName = Extract<ErrorKey, `what.${string}`> extends `what.${infer N}` ? N : never;

/** A failed zod parse as a bad-input error naming each wrong field (`details` keeps zod's own words for programs). */
export function invalidInput(what: InputName, error: z.ZodError): AppError {
  const details = error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message }));
  return new AppError('bad_input', { key: 'invalid_input', params: { what: `what.${what}` } }, details, fieldProblems(error));
}
