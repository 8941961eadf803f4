import { MIN_PASSWORD_LENGTH, setPassword } from '../../services/passwords.js';
import { AppError } from '../../domain/errors.js';
import { findAccountByEmail } from '../../store/accounts.js';
import { requireOption, type Command } from '../command.js';
import { say } from '../say.js';

interface PasswordResult {
  email: string;
  endedSessions: number;
}

/**
 * The operator's reset (whoever runs the CLI already holds the database, so no current password is asked):
 * sets a new password and signs the account out everywhere.
 */
export const passwordCommand: Command<PasswordResult> = {
  name: 'password',
  summary: 'password.summary',
  usage: 'password.usage',
  options: { email: { type: 'string' }, password: { type: 'string' } },
  async run(ctx, args) {
    const email = requireOption(args, 'email').toLowerCase();
    const password = requireOption(args, 'password');
    if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('bad_input', { key: 'password_too_short', params: { min: MIN_PASSWORD_LENGTH } });
    const { store } = await ctx.app();
    const account = await findAccountByEmail(store, email);
    if (!account) throw new AppError('not_found', { key: 'no_account', params: { email } });
    return { email, endedSessions: await setPassword(store, account.merchant_id, account.id, password) };
  },
  human: (r) => say('password.changed', { email: r.email, sessions: r.endedSessions }),
};
