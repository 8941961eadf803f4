import { MIN_PASSWORD_LENGTH } from '../../services/passwords.js';
import { AppError } from '../../domain/errors.js';
import { createAccount, issueToken } from '../../services/accounts.js';
import { countData, createMerchant, listMerchants } from '../../store/accounts.js';
import { optionalString, requireOption, type Command } from '../command.js';
import { say } from '../say.js';

type MerchantsResult =
  | { merchants: { id: string; name: string; counts: Awaited<ReturnType<typeof countData>> }[] }
  | { created: { id: string; name: string; email: string; apiToken: string } };

/** Lists merchants with their data counts, or adds one with a login and an API token. */
export const merchantsCommand: Command<MerchantsResult> = {
  name: 'merchants',
  summary: 'merchants.summary',
  usage: 'merchants.usage',
  options: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
  async run(ctx, args) {
    const [action] = args.positionals;
    const { store } = await ctx.app();
    if (action === 'add') {
      const id = requireOption(args, 'id');
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) throw new AppError('bad_input', { key: 'option_merchant_id' });
      const password = requireOption(args, 'password');
      if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('bad_input', { key: 'password_too_short', params: { min: MIN_PASSWORD_LENGTH } });
      const name = optionalString(args, 'name') ?? id;
      const account = await store.transaction(async (tx) => {
        await createMerchant(tx, { id, name });
        return createAccount(tx, id, { email: requireOption(args, 'email'), password });
      });
      const apiToken = await issueToken(store, id, account.id, 'api', 'cli');
      return { created: { id, name, email: account.email, apiToken } };
    }
    if (action) throw new AppError('bad_input', { key: 'unknown_action', params: { action, actions: 'add' } });
    const merchants = await listMerchants(store);
    return {
      merchants: await Promise.all(merchants.map(async (m) => ({ id: m.id, name: m.name, counts: await countData(store, m.id) }))),
    };
  },
  human(result) {
    if ('created' in result) {
      const { id, email, apiToken: token } = result.created;
      return say('merchants.created', { id, email, token });
    }
    if (result.merchants.length === 0) return say('merchants.none');
    return result.merchants.map(({ id, name, counts }) => say('merchants.row', { id, name, ...counts })).join('\n');
  },
};
