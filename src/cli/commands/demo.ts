import { DEMO_LOGIN, DEMO_MERCHANT } from '../../demo/catalogue.js';
import { loadDemoIfEmpty } from '../../demo/load.js';
import { listen } from '../../server/serve.js';
import type { Command } from '../command.js';
import { say } from '../say.js';

interface DemoResult {
  loaded: boolean;
  merchant: string;
  login: typeof DEMO_LOGIN;
}

/** Loads the generated demo shop into an empty database and, with --serve, serves it. */
export const demoCommand: Command<DemoResult | void> = {
  name: 'demo',
  summary: 'demo.summary',
  usage: 'demo.usage',
  options: { serve: { type: 'boolean' }, port: { type: 'string' } },
  async run(ctx, args) {
    const app = await ctx.app();
    const loaded = await loadDemoIfEmpty(app);
    const result = { loaded, merchant: DEMO_MERCHANT.id, login: DEMO_LOGIN };
    if (!args.values.serve) return result;
    console.log(loaded ? say('demo.loaded', { name: DEMO_MERCHANT.name }) : say('demo.present'));
    await listen(app, Number(args.values.port ?? app.config.port), (url) =>
      console.log(`${say('serve.running', { url })}\n${say('demo.sign_in', DEMO_LOGIN)}`),
    );
  },
  human: (r) => (r ? say(r.loaded ? 'demo.result_loaded' : 'demo.result_present', { id: r.merchant, ...r.login }) : ''),
};
