/**
 * The web app's only way to the server: JSON over /api. The session is an HttpOnly cookie the server
 * sets at sign-in; the page sends the readable CSRF cookie back as a header on every request.
 */
const CSRF_COOKIE = 'kaikuan_csrf';
const CSRF_HEADER = 'x-kaikuan-csrf';
const LOCALE_KEY = 'kaikuan.locale';

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

/** What every call carries: the CSRF token, and the chosen language so server messages come in it. */
export function sessionHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': localStorage.getItem(LOCALE_KEY) || 'zh-CN' };
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  return headers;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers = sessionHeaders();
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    if (res.status === 401 && path !== '/login') {
      session.clear();
      window.dispatchEvent(new Event('kaikuan:signed-out'));
    }
    throw new ApiError(res.status, data.error?.code ?? 'failed', data.error?.message ?? res.statusText, data.error?.details);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
