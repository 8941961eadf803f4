import { listen } from '../../server/serve.js';
import type { Command } from '../command.js';
import { say } from '../say.js';

export const serveCommand: Command<void> = {
  name: 'serve',
  summary: 'serve.summary',
  usage: 'serve.usage',
  options: { port: { type: 'string' } },
  async run(ctx, args) {
    const app = await ctx.app();
    const port = Number(args.values.port ?? app.config.port);
    await listen(app, port, (url) => console.log(say('serve.running', { url })));
  },
};
