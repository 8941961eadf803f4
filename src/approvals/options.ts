import { adLedger } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import type { ChannelRegistry } from './channel.js';
import { simulatedChannels } from './channels/simulated-ad.js';

/** What callers may inject: the clock (tests of delays and expiry) and the channel executors. */
export interface GuardOptions {
  now?: Date;
  channels?: ChannelRegistry;
}

export const clock = (options: GuardOptions): Date => options.now ?? new Date();

/** Until real platform integrations exist, every channel executes on the simulated ad platform. */
export const channelsOf = (store: Store, options: GuardOptions): ChannelRegistry =>
  options.channels ?? simulatedChannels(adLedger(store));
