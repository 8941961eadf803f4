import { serve } from '@hono/node-server';
import type { App } from '../app.js';
import { AppError } from '../domain/errors.js';
import { createHttp } from './http.js';

/**
 * Listens until SIGINT/SIGTERM; resolves once the server has closed. A port already in use rejects with a
 * plain sentence naming the variable that changes it (the server's own error event was an unhandled stack trace).
 */
export function listen(app: App, port: number, onReady: (url: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: createHttp(app).fetch, port, hostname: '0.0.0.0' }, (info) =>
      onReady(`http://localhost:${info.port}`),
    );
    server.once('error', (error: NodeJS.ErrnoException) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      reject(error.code === 'EADDRINUSE' ? new AppError('conflict', { key: 'port_taken', params: { port } }) : error);
    });
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
