import { listen } from '../../server/serve.js';
import type { Command } from '../command.js';

export const serveCommand: Command<void> = {
  name: 'serve',
  summary: 'serve the web app and the HTTP API (PORT, default 8080)',
  usage: 'kaikuan serve [--port 8080]',
  options: { port: { type: 'string' } },
  async run(ctx, args) {
    const app = await ctx.app();
    const port = Number(args.values.port ?? app.config.port);
    await listen(app, port, (url) => console.log(`Kaikuan is running at ${url}`));
  },
};
