import type { Hono } from 'hono';
import type { App } from '../../app.js';
import type { Env } from '../env.js';
import { evaluationRoutes } from './evaluation.js';
import { approvalsRoutes } from './approvals.js';
import { customerRoutes } from './customers.js';
import { marketRoutes } from './markets.js';
import { painPointRoutes } from './painpoints.js';
import { selectionRoutes } from './selection.js';
import { agentRoutes } from './agents.js';
import { importRoutes } from './imports.js';
import { trendRoutes } from './trends.js';

/** Capability routes, each mounted at /api/<prefix> behind sign-in. Capabilities append theirs. */
export const capabilityRoutes: { prefix: string; routes: (app: App) => Hono<Env> }[] = [
  { prefix: 'evaluation', routes: evaluationRoutes },
  { prefix: 'approvals', routes: approvalsRoutes },
  { prefix: 'customers', routes: customerRoutes },
  { prefix: 'markets', routes: marketRoutes },
  { prefix: 'trends', routes: trendRoutes },
  { prefix: 'painpoints', routes: painPointRoutes },
  { prefix: 'selection', routes: selectionRoutes },
  { prefix: 'agents', routes: agentRoutes },
  { prefix: 'imports', routes: importRoutes },
];
