import shell from './shell.js';
import evaluation from './evaluation.js';
import imports from './imports.js';
import customers from './customers.js';
import markets from './markets.js';
import profit from './profit.js';
import ask from './ask.js';
import painpoints from './painpoints.js';
import selection from './selection.js';
import agents from './agents.js';
import approvals from './approvals.js';
import trends from './trends.js';
import materials from './materials.js';

export type Locale = 'zh-CN' | 'en';
type Catalogue = Record<Locale, Record<string, string>>;

/** Every capability's texts, merged. Capabilities append their message file here. */
const catalogues: Catalogue[] = [
  shell,
  evaluation,
  imports,
  customers,
  markets,
  profit,
  ask,
  painpoints,
  trends,
  selection,
  agents,
  approvals,
  materials,
];

export const messages: Record<Locale, Record<string, string>> = {
  'zh-CN': Object.fromEntries(catalogues.flatMap((c) => Object.entries(c['zh-CN']))),
  en: Object.fromEntries(catalogues.flatMap((c) => Object.entries(c.en))),
};
