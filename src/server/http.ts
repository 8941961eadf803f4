import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { relative } from 'node:path';
import type { App } from '../app.js';
import { AppError } from '../domain/errors.js';
import { requireAuth } from './auth.js';
import type { Env } from './env.js';
import { errorResponse } from './errors.js';
import { capabilityRoutes } from './routes/index.js';
import { sessionRoutes } from './routes/session.js';
import { bodyLimits } from './security/body-limits.js';
import { securityHeaders } from './security/headers.js';
import { LoginThrottle } from './security/login-throttle.js';
import { refuseCrossSite } from './security/same-origin.js';

/** The HTTP surface: JSON API under /api (signed in, scoped to the caller's merchant) and the web app. */
export function createHttp(app: App): Hono<Env> {
  const http = new Hono<Env>();
  http.use(async (c, next) => {
    c.set('app', app);
    await next();
  });
  http.onError(errorResponse);
  http.use(securityHeaders());
  http.use('/api/*', refuseCrossSite, bodyLimits(app.config.uploadLimitBytes));
  http.get('/api/health', (c) => c.json({ ok: true }));
  http.route('/api', sessionRoutes(new LoginThrottle()));
  for (const { prefix, routes } of capabilityRoutes) {
    http.use(`/api/${prefix}/*`, requireAuth);
    http.use(`/api/${prefix}`, requireAuth);
    http.route(`/api/${prefix}`, routes(app));
  }
  http.all('/api/*', () => {
    throw new AppError('not_found', { key: 'no_api_route' });
  });
  serveWebApp(http, app.config.webDir);
  return http;
}

function serveWebApp(http: Hono<Env>, webDir: string): void {
  const index = `${webDir}/index.html`;
  const root = relative(process.cwd(), webDir) || '.';
  http.use('/*', serveStatic({ root }));
  // The web app routes on the client: any other path gets index.html.
  http.get('*', (c) =>
    existsSync(index)
      ? c.html(readFileSync(index, 'utf8'))
      : c.text('The web app is not built yet: run `npm run build`.', 503),
  );
}
