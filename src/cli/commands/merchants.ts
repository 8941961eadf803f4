import { MIN_PASSWORD_LENGTH } from '../../services/passwords.js';
import { AppError } from '../../domain/errors.js';
import { createAccount, issueToken } from '../../services/accounts.js';
import { countData, createMerchant, listMerchants } from '../../store/accounts.js';
import { optionalString, requireOption, type Command } from '../command.js';

type MerchantsResult =
  | { merchants: { id: string; name: string; counts: Awaited<ReturnType<typeof countData>> }[] }
  | { created: { id: string; name: string; email: string; apiToken: string } };

/** Lists merchants with their data counts, or adds one with a login and an API token. */
export const merchantsCommand: Command<MerchantsResult> = {
  name: 'merchants',
  summary: 'list merchants and their data; `merchants add` creates one with a login',
  usage: 'kaikuan merchants [--json]\n       kaikuan merchants add --id ID --name NAME --email EMAIL --password PASSWORD [--json]',
  options: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
  async run(ctx, args) {
    const [action] = args.positionals;
    const { store } = await ctx.app();
    if (action === 'add') {
      const id = requireOption(args, 'id');
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) throw new AppError('bad_input', '--id may hold only letters, digits, - and _ (at most 40)');
      const password = requireOption(args, 'password');
      if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('bad_input', `--password must be at least ${MIN_PASSWORD_LENGTH} characters`);
      const name = optionalString(args, 'name') ?? id;
      const account = await store.transaction(async (tx) => {
        await createMerchant(tx, { id, name });
        return createAccount(tx, id, { email: requireOption(args, 'email'), password });
      });
      const apiToken = await issueToken(store, id, account.id, 'api', 'cli');
      return { created: { id, name, email: account.email, apiToken } };
    }
    if (action) throw new AppError('bad_input', `unknown action "${action}"; use \`kaikuan merchants\` or \`kaikuan merchants add\``);
    const merchants = await listMerchants(store);
    return {
      merchants: await Promise.all(merchants.map(async (m) => ({ id: m.id, name: m.name, counts: await countData(store, m.id) }))),
    };
  },
  human(result) {
    if ('created' in result) {
      return `created merchant ${result.created.id} (${result.created.email})\nAPI token (shown once): ${result.created.apiToken}`;
    }
    if (result.merchants.length === 0) return 'no merchants yet: run `kaikuan demo` or `kaikuan merchants add`';
    return result.merchants
      .map((m) => `${m.id}\t${m.name}\treviews ${m.counts.reviews}\tproducts ${m.counts.products}\torders ${m.counts.orders}`)
      .join('\n');
  },
};
