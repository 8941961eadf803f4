import type { Hono } from 'hono';
import { assembleApp, type App } from '../app.js';
import { configFromEnv } from '../config.js';
import { createAccount, login } from '../services/accounts.js';
import type { Store } from '../store/store.js';
import { useFreshStore } from '../store/test-hooks.js';
import type { StoreUnderTest } from '../store/testing.js';
import type { Env } from './env.js';
import { createHttp } from './http.js';

/** Each test merchant has one account, `<merchant id>@shop.cn`, with this password. */
export const TEST_PASSWORD = 'password-123';

export const testEmail = (merchantId: string): string => `${merchantId}@shop.cn`;

/** One signed-in merchant's JSON calls, as the web app makes them. */
export interface SignedInHttp {
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  put(path: string, body: unknown): Promise<Response>;
}

/** The HTTP API over a fresh store. */
export interface TestApi {
  app: App;
  http: Hono<Env>;
  /** The calls of one of the merchants the API was opened with, already signed in. */
  as(merchantId: string): SignedInHttp;
}

export interface TestApiOptions {
  /** Calls made through `as` name their paths below this (e.g. `/api/selection`). */
  basePath?: string;
  displayName?(merchantId: string): string;
  /** Writes the rows the block's tests start from, after the merchants and their accounts exist. */
  seed?(store: Store): Promise<unknown>;
}

/**
 * Serves the API over a fresh store for the calling block's tests (opened before them, removed after),
 * holding the given merchants, each named by its id, with one signed-in account.
 */
export function useTestApi(under: StoreUnderTest, merchantIds: string[], options: TestApiOptions = {}): TestApi {
  const signedIn = new Map<string, SignedInHttp>();
  const store = useFreshStore(under, {
    merchants: merchantIds.map((id) => ({ id, name: id })),
    async seed(opened) {
      for (const id of merchantIds) {
        await createAccount(opened, id, { email: testEmail(id), password: TEST_PASSWORD, displayName: options.displayName?.(id) });
        const session = await login(opened, testEmail(id), TEST_PASSWORD);
        signedIn.set(id, signedInHttp(http, session!.token, options.basePath ?? ''));
      }
      await options.seed?.(opened);
    },
  });
  const app = assembleApp(configFromEnv({}), store);
  const http = createHttp(app);
  return {
    app,
    http,
    as(merchantId) {
      const calls = signedIn.get(merchantId);
      if (!calls) throw new Error(`merchant ${merchantId} was not opened with this test API`);
      return calls;
    },
  };
}

function signedInHttp(http: Hono<Env>, token: string, basePath: string): SignedInHttp {
  const send = async (method: string, path: string, body?: unknown) =>
    http.request(`${basePath}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    put: (path, body) => send('PUT', path, body),
  };
}
