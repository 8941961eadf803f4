import { DEMO_LOGIN, DEMO_MERCHANT } from '../../demo/catalogue.js';
import { loadDemoIfEmpty } from '../../demo/load.js';
import { listen } from '../../server/serve.js';
import type { Command } from '../command.js';

interface DemoResult {
  loaded: boolean;
  merchant: string;
  login: typeof DEMO_LOGIN;
}

/** Loads the generated demo shop into an empty database and, with --serve, serves it. */
export const demoCommand: Command<DemoResult | void> = {
  name: 'demo',
  summary: 'load the generated demo merchant into an empty database (--serve: then serve it)',
  usage: 'kaikuan demo [--serve] [--port 8080] [--json]',
  options: { serve: { type: 'boolean' }, port: { type: 'string' } },
  async run(ctx, args) {
    const app = await ctx.app();
    const loaded = await loadDemoIfEmpty(app);
    const result = { loaded, merchant: DEMO_MERCHANT.id, login: DEMO_LOGIN };
    if (!args.values.serve) return result;
    console.log(loaded ? `Loaded the demo merchant "${DEMO_MERCHANT.name}" (generated data).` : 'The database already has merchants; nothing loaded.');
    await listen(app, Number(args.values.port ?? app.config.port), (url) =>
      console.log(`Kaikuan is running at ${url}\nSign in with ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`),
    );
  },
  human: (r) => (r ? `${r.loaded ? 'loaded' : 'already present:'} demo merchant "${r.merchant}"; sign in with ${r.login.email} / ${r.login.password}` : ''),
};
