import { hc, type ClientResponse } from 'hono/client';
// Type-only: the route modules describe every answer; nothing from the server is bundled.
import type { AppType } from '../../src/server/routes/index.js';

/** The web app's only way to the server: JSON over /api with the signed-in bearer token. */
const TOKEN_KEY = 'kaikuan.token';
/** Where i18n.tsx remembers the reader's language. */
export const LOCALE_KEY = 'kaikuan.locale';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

export const session = {
  token: () => localStorage.getItem(TOKEN_KEY),
  save: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

/** Every request goes out with the token; a refused token (other than a failed sign-in) signs the app out. */
async function request(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  const token = session.token();
  if (token) headers.set('authorization', `Bearer ${token}`);
  // The server says its errors in the reader's chosen language (see src/messages).
  headers.set('accept-language', localStorage.getItem(LOCALE_KEY) || 'zh-CN');
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
