/**
 * The process the fault drills kill with SIGKILL: it imports a file, or confirms a merchant's pending
 * spend proposals one by one, against a store named by its JSON config. With `--hang-at k` it stops
 * at the k-th spend (before or after the channel books it), says so on stdout, and waits to be killed,
 * so a drill can cut it down at the exact moment it means to test.
 *
 *   node --import tsx src/faults/child.ts import  '<store config>' <merchant> <file> <batch rows>
 *   node --import tsx src/faults/child.ts confirm '<store config>' <merchant> [before|after <k>]
 */
import { confirmSpend, type SpendChannel } from '../approvals/index.js';
import { channelsOf } from '../approvals/options.js';
import { listProposals } from '../store/approvals.js';
import { importFile } from '../services/imports.js';
import { openStore, type Store, type StoreConfig } from '../store/store.js';
import { HANGING } from './spawn.js';

const DRILL_OWNER = { id: 'cli:fault-drill', label: 'fault drill' };

/** Stays alive until killed; an unresolved promise alone would let Node exit. */
function hang(): Promise<never> {
  console.log(HANGING);
  setInterval(() => {}, 60_000);
  return new Promise(() => {});
}

async function importFor(store: Store, merchantId: string, path: string, batchRows: number) {
  const result = await importFile(store, merchantId, { kind: 'reviews', path, batchRows, parallel: false });
  console.log(JSON.stringify(result));
}

async function confirmAll(store: Store, merchantId: string, hangWhen?: 'before' | 'after', hangAt?: number) {
  const simulated = channelsOf(store, {});
  let executions = 0;
  const channels = (name: string): SpendChannel | undefined => {
    const channel = simulated(name);
    if (!channel || !hangWhen) return channel;
    return {
      ...channel,
      async execute(spend) {
        if (++executions === hangAt && hangWhen === 'before') await hang();
        const reference = await channel.execute(spend);
        if (executions === hangAt && hangWhen === 'after') await hang();
        return reference;
      },
    };
  };
  for (const p of await listProposals(store, merchantId, { statuses: ['pending'] })) {
    await confirmSpend(store, merchantId, p.id, DRILL_OWNER, { channels });
  }
  console.log('done');
}

const [mode, configJson, merchantId, ...rest] = process.argv.slice(2);
const store = await openStore(JSON.parse(configJson!) as StoreConfig);
if (mode === 'import') await importFor(store, merchantId!, rest[0]!, Number(rest[1]));
else if (mode === 'confirm') await confirmAll(store, merchantId!, rest[0] as 'before' | 'after' | undefined, rest[1] ? Number(rest[1]) : undefined);
else throw new Error(`unknown mode ${mode}`);
await store.close();
