import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../domain/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const changesState = (method: string): boolean => !SAFE_METHODS.has(method);

/**
 * Refuses state-changing requests a browser says came from another site (the Origin or Sec-Fetch-Site
 * header), whatever their credentials; this also stops a foreign page from signing a visitor in to an
 * account of its choosing. Clients that send neither header (the CLI, an ERP) are not browsers and pass.
 */
export const refuseCrossSite: MiddlewareHandler = async (c, next) => {
  if (changesState(c.req.method) && isCrossSite(c.req.header('origin'), c.req.header('host'), c.req.header('sec-fetch-site'))) {
    throw new AppError('forbidden', { key: 'cross_site' });
  }
  await next();
};

function isCrossSite(origin: string | undefined, host: string | undefined, fetchSite: string | undefined): boolean {
  if (fetchSite === 'cross-site') return true;
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
