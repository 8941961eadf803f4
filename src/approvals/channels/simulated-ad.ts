import type { AdLedger, AdLedgerEntry } from '../../domain/ad-ledger.js';
import type { ChannelRegistry, ChannelSpend, SpendChannel } from '../channel.js';

/** Ad platforms let a budget change be pulled back before the money is delivered, typically within half an hour. */
export const AD_UNDO_WINDOW_MINUTES = 30;

/** Lets a test or demo make the platform decline, the way a real one does when the ad account is short of funds. */
export const DECLINE_PAYLOAD_FLAG = 'simulateDecline';

/**
 * A stand-in ad platform that books every call it gets, with no dedup of its own, so a
 * double execution by the guard shows up as two spends in its ledger.
 */
export function simulatedAdChannel(ledger: AdLedger, undoWindowMinutes: number | null = AD_UNDO_WINDOW_MINUTES): SpendChannel {
  const book = (spend: ChannelSpend, reference: string, kind: AdLedgerEntry['kind']) =>
    ledger.append({
      merchantId: spend.merchantId,
      reference,
      proposalId: spend.proposalId,
      channel: spend.channel,
      amountYuan: kind === 'spend' ? spend.amountYuan : -spend.amountYuan,
      kind,
    });
  return {
    undoWindowMinutes,
    async execute(spend) {
      if ((spend.payload as Record<string, unknown> | null)?.[DECLINE_PAYLOAD_FLAG]) {
        throw new Error('the ad platform declined: insufficient balance in the ad account');
      }
      const reference = `sim-ad-${spend.proposalId}`;
      await book(spend, reference, 'spend');
      return reference;
    },
    async undo(reference, spend) {
      await book(spend, reference, 'reversal');
    },
    lookup: (spend) => ledger.findSpend(spend.merchantId, spend.proposalId),
  };
}

/**
 * Every channel goes to the simulator until real platform integrations exist. Campaign sign-ups
 * ("campaign:…") commit the shop to the platform's discount terms once registered, so they cannot be undone.
 */
export function simulatedChannels(ledger: AdLedger): ChannelRegistry {
  const ads = simulatedAdChannel(ledger);
  const campaigns = simulatedAdChannel(ledger, null);
  return (channel) => (channel.startsWith('campaign') ? campaigns : ads);
}
