import type { App } from '../app.js';

/** What every API handler can read from the request context once the caller is authenticated. */
export interface Env {
  Variables: {
    app: App;
    merchantId: string;
    accountId: string;
  };
}
