import type { Command } from '../command.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { scorecardCommand } from './scorecard.js';
import { merchantsCommand } from './merchants.js';
import { serveCommand } from './serve.js';

/** Every `kaikuan` command. Capabilities append theirs. */
export const commands: Command<any>[] = [
  merchantsCommand,
  serveCommand,
  demoCommand,
  evalCommand,
  scorecardCommand,
];
