import { hc, type ClientResponse } from 'hono/client';
// Type-only: the route modules describe every answer; nothing from the server is bundled.
import type { AppType } from '../../src/server/routes/index.js';

/**
 * The web app's only way to the server: JSON over /api. The session is an HttpOnly cookie the server
 * sets at sign-in; the page sends the readable CSRF cookie back as a header on every request.
 */
const CSRF_COOKIE = 'kaikuan_csrf';
const CSRF_HEADER = 'x-kaikuan-csrf';
/** Where i18n.tsx remembers the reader's language; the server says its errors in it (see src/messages). */
export const LOCALE_KEY = 'kaikuan.locale';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

const csrfToken = () => document.cookie.split('; ').find((c) => c.startsWith(`${CSRF_COOKIE}=`))?.slice(CSRF_COOKIE.length + 1) ?? null;

export const session = {
  active: () => csrfToken() !== null,
  clear: () => { document.cookie = `${CSRF_COOKIE}=; Max-Age=0; path=/`; },
};

/**
 * Every request carries the CSRF token and the chosen language (so server messages come in it);
 * a refused session (other than a failed sign-in) signs the app out.
 */
async function request(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.set('accept-language', localStorage.getItem(LOCALE_KEY) || 'zh-CN');
  const token = csrfToken();
  if (token) headers.set(CSRF_HEADER, token);
  const res = await fetch(url, { ...init, headers });
  if (res.status === 401 && !String(url).endsWith('/api/login')) {
    session.clear();
    window.dispatchEvent(new Event('kaikuan:signed-out'));
  }
  return res;
}

/**
 * The API as typed calls: `api.selection.concepts[':id'].$get({ param: { id } })`. Paths, path parameters and
 * answers come from the server's route modules (`AppType`), so a changed route shows up here as a type error.
 */
export const api = hc<AppType>('/api', { fetch: request });

/** What a call answered, once its response is in. */
export type Answer<Call> = Call extends (...args: never[]) => Promise<ClientResponse<infer T, number, 'json'>> ? T : never;

/** The answer of a call, or an `ApiError` with the server's code and message, already in the reader's language. */
export async function answerOf<T>(call: Promise<ClientResponse<T, number, 'json'>>): Promise<T> {
  const res = await call;
  const data = await (res as Response).json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data.error?.code ?? 'failed', data.error?.message ?? res.statusText, data.error?.details);
  return data as T;
}
