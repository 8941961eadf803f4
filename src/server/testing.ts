import type { Hono } from 'hono';
import { assembleApp, type App } from '../app.js';
import { configFromEnv } from '../config.js';
import { createAccount, createMerchant, login } from '../store/accounts.js';
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

/** The HTTP API over a fresh store; `dispose` removes the store. */
export interface TestApi {
  app: App;
  http: Hono<Env>;
  /** The calls of one of the merchants the API was opened with, already signed in. */
  as(merchantId: string): SignedInHttp;
  dispose(): Promise<void>;
}

export interface TestApiOptions {
  /** Calls made through `as` name their paths below this (e.g. `/api/selection`). */
  basePath?: string;
  displayName?(merchantId: string): string;
}

/** Opens a fresh store holding the given merchants (each named by its id, with one signed-in account) and serves the API on it. */
export async function openTestApi(under: StoreUnderTest, merchantIds: string[], options: TestApiOptions = {}): Promise<TestApi> {
  const store = await under.open();
  const app = assembleApp(configFromEnv({}), store);
  const http = createHttp(app);
  const signedIn = new Map<string, SignedInHttp>();
  for (const id of merchantIds) {
    await createMerchant(store, { id, name: id });
    await createAccount(store, id, { email: testEmail(id), password: TEST_PASSWORD, displayName: options.displayName?.(id) });
    const session = await login(store, testEmail(id), TEST_PASSWORD);
    signedIn.set(id, signedInHttp(http, session!.token, options.basePath ?? ''));
  }
  return {
    app,
    http,
    as(merchantId) {
      const calls = signedIn.get(merchantId);
      if (!calls) throw new Error(`merchant ${merchantId} was not opened with this test API`);
      return calls;
    },
    dispose: store.dispose,
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
