/** What the guard hands a channel once a proposal is confirmed and claimed; `proposalId` is the idempotency key. */
export interface ChannelSpend {
  merchantId: string;
  proposalId: string;
  channel: string;
  action: string;
  amountYuan: number;
  payload: unknown;
}

/**
 * One way money leaves the shop (an ad platform, a campaign sign-up). Only the guard calls
 * `execute`, and only after claiming the proposal, so an executor never needs its own dedup.
 */
export interface SpendChannel {
  /** Minutes after execution during which `undo` works; null when the channel cannot reverse a spend. */
  readonly undoWindowMinutes: number | null;
  /** Carries the spend out; resolves to the channel's own reference for it, rejects when the channel declines. */
  execute(spend: ChannelSpend): Promise<string>;
  undo(reference: string, spend: ChannelSpend): Promise<void>;
  /**
   * The channel's reference for a spend it booked under this proposal id, or null when it never got it.
   * Lets the guard settle an execution whose process died mid-call; channels that cannot answer omit it.
   */
  lookup?(spend: ChannelSpend): Promise<string | null>;
}

/** Finds the executor for a proposal's channel name; undefined when the shop has none for it. */
export type ChannelRegistry = (channel: string) => SpendChannel | undefined;
