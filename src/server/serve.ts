import { serve } from '@hono/node-server';
import type { App } from '../app.js';
import { createHttp } from './http.js';

/** Listens until SIGINT/SIGTERM; resolves once the server has closed. */
export function listen(app: App, port: number, onReady: (url: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const server = serve({ fetch: createHttp(app).fetch, port, hostname: '0.0.0.0' }, (info) =>
      onReady(`http://localhost:${info.port}`),
    );
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
