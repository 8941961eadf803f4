import type { Hono } from 'hono';
import type { MergeSchemaPath, Schema } from 'hono/types';
import type { App } from '../../app.js';
import type { Env } from '../env.js';
import { evaluationRoutes } from './evaluation.js';
import { approvalsRoutes } from './approvals.js';
import { customerRoutes } from './customers.js';
import { marketRoutes } from './markets.js';
import { profitRoutes } from './profit.js';
import { askRoutes } from './ask.js';
import { painPointRoutes } from './painpoints.js';
import { selectionRoutes } from './selection.js';
import { agentRoutes } from './agents.js';
import { importRoutes } from './imports.js';
import { materialRoutes } from './materials.js';
import type { sessionRoutes } from './session.js';
import { trendRoutes } from './trends.js';

/** Capability routes, each mounted at /api/<prefix> behind sign-in. Capabilities append theirs. */
export const capabilityRoutes = [
  { prefix: 'evaluation', routes: evaluationRoutes },
  { prefix: 'approvals', routes: approvalsRoutes },
  { prefix: 'customers', routes: customerRoutes },
  { prefix: 'markets', routes: marketRoutes },
  { prefix: 'profit', routes: profitRoutes },
  { prefix: 'ask', routes: askRoutes },
  { prefix: 'trends', routes: trendRoutes },
  { prefix: 'painpoints', routes: painPointRoutes },
  { prefix: 'selection', routes: selectionRoutes },
  { prefix: 'agents', routes: agentRoutes },
  { prefix: 'imports', routes: importRoutes },
  { prefix: 'materials', routes: materialRoutes },
] as const satisfies readonly { prefix: string; routes: (app: App) => Hono<Env, Schema, string> }[];

/** The routes one entry of the list adds, at the paths it is mounted on. */
type Mounted<Entry> = Entry extends { prefix: infer P extends string; routes: (app: App) => Hono<Env, infer S extends Schema, string> }
  ? MergeSchemaPath<S, `/${P}`>
  : never;

type SchemaOf<H> = H extends Hono<Env, infer S extends Schema, string> ? S : never;

/**
 * Handlers parse their own JSON bodies and query strings (`parseBody`/`parseQuery` with zod), so a route's type
 * knows its path parameters and its answer but not what it reads: a caller may send any body and query.
 */
type ParsedInHandler<S extends Schema> = {
  [P in keyof S]: {
    [M in keyof S[P]]: S[P][M] extends { input: infer I }
      ? Omit<S[P][M], 'input'> & { input: I & { json?: unknown; query?: Record<string, string | undefined> } }
      : S[P][M];
  };
};

/**
 * Every route under /api with its answer's type, for the web app's typed client (`hc<AppType>('/api')`).
 * Route modules declare their routes as one chain and answer with `c.json(value)`, so the types flow from the handlers.
 */
export type AppType = Hono<Env, ParsedInHandler<SchemaOf<ReturnType<typeof sessionRoutes>> | Mounted<(typeof capabilityRoutes)[number]>>, '/'>;
