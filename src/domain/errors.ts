/** Error codes are mapped once to HTTP statuses (server) and exit codes (CLI). */
export type ErrorCode =
  | 'bad_input' | 'not_found' | 'unauthorized' | 'forbidden' | 'conflict' | 'refused' | 'upstream'
  /** A request body over its route's limit. */
  | 'too_large'
  /** Too many attempts (sign-in); the caller waits and tries again. */
  | 'too_many';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: unknown) => new AppError('bad_input', message, details);
export const notFound = (message: string) => new AppError('not_found', message);
