import type { Command } from '../command.js';
import { approvalsCommand } from './approvals.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { launchCommand } from './launch.js';
import { opportunitiesCommand } from './opportunities.js';
import { conceptsCommand } from './concepts.js';
import { importCommand } from './import.js';
import { scorecardCommand } from './scorecard.js';
import { merchantsCommand } from './merchants.js';
import { passwordCommand } from './password.js';
import { serveCommand } from './serve.js';
import { customersCommand } from './customers.js';
import { marketsCommand } from './markets.js';
import { profitCommand } from './profit.js';
import { askCommand } from './ask.js';
import { trendsCommand } from './trends.js';
import { painpointsCommand } from './painpoints.js';
import { agentsCommand, tasksCommand } from './agents.js';
import { materialsCommand } from './materials.js';

/** Every `kaikuan` command. Capabilities append theirs. */
export const commands: Command<any>[] = [
  merchantsCommand,
  passwordCommand,
  serveCommand,
  demoCommand,
  approvalsCommand,
  evalCommand,
  launchCommand,
  opportunitiesCommand,
  conceptsCommand,
  importCommand,
  scorecardCommand,
  customersCommand,
  marketsCommand,
  profitCommand,
  askCommand,
  trendsCommand,
  painpointsCommand,
  agentsCommand,
  tasksCommand,
  materialsCommand,
];
