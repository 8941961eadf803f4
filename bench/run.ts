/**
 * `npm run bench -- <name> [args]`: each benchmark prints its figures and the ratio to its baseline.
 * Benchmarks append themselves to this list.
 */
const benches: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  trends: () => import('./trends.js'),
  painpoints: () => import('./painpoints.js'),
  reviews: () => import('./reviews.js'),
  import: () => import('./import.js'),
  customers: () => import('./customers.js'),
  approvals: () => import('./approvals.js'),
  agents: () => import('./agents.js'),
  selection: () => import('./selection.js'),
  segment: () => import('./segment.js'),
  scale: () => import('./scale.js'),
  'stored-extraction': () => import('./stored-extraction.js'),
  'trends-cold': () => import('./trends-cold.js'),
  load: () => import('./load.js'),
  materials: () => import('./materials.js'),
};

const [name, ...args] = process.argv.slice(2);
if (!name || !benches[name]) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [args]`);
  process.exitCode = 2;
} else {
  await (await benches[name]()).run(args);
}
