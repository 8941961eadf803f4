import type { App } from '../app.js';

/** What every API handler can read from the request context once the caller is authenticated. */
export interface Env {
  Variables: {
    app: App;
    merchantId: string;
    accountId: string;
    /** The session or API token secret the caller signed in with (logout revokes it). */
    credential: string;
  };
}
