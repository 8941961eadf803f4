import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The web app's session rides in an HttpOnly cookie (scripts on the page cannot read it). Because a
 * browser sends cookies on its own, every state-changing request signed in by cookie must also carry the
 * CSRF token in a header: the token is derived from the session, handed to the page in a readable cookie,
 * and another site can neither read that cookie nor set the header.
 */
export const SESSION_COOKIE = 'kaikuan_session';
export const CSRF_COOKIE = 'kaikuan_csrf';
export const CSRF_HEADER = 'x-kaikuan-csrf';

/** The CSRF token belonging to a session secret: a one-way hash, so it reveals nothing of the session. */
export function csrfTokenFor(sessionSecret: string): string {
  return createHash('sha256').update(`kaikuan-csrf:${sessionSecret}`).digest('base64url');
}

export function csrfMatches(sessionSecret: string, sent: string | undefined): boolean {
  if (!sent) return false;
  const expected = Buffer.from(csrfTokenFor(sessionSecret));
  const actual = Buffer.from(sent);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Served over HTTPS, directly or behind a proxy that says so: cookies are then Secure. */
function overHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export function setSessionCookies(c: Context, sessionSecret: string, maxAgeSeconds: number): void {
  const common = { path: '/', sameSite: 'Lax', secure: overHttps(c), maxAge: maxAgeSeconds } as const;
  setCookie(c, SESSION_COOKIE, sessionSecret, { ...common, httpOnly: true });
  setCookie(c, CSRF_COOKIE, csrfTokenFor(sessionSecret), { ...common, httpOnly: false });
}

export function clearSessionCookies(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: overHttps(c) });
  deleteCookie(c, CSRF_COOKIE, { path: '/', secure: overHttps(c) });
}

export const sessionCookieOf = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE) || undefined;
