/** One line in the simulated platform's books: a spend, or the reversal of one. */
export interface AdLedgerEntry {
  merchantId: string;
  reference: string;
  proposalId: string;
  channel: string;
  amountYuan: number;
  kind: 'spend' | 'reversal';
}

/** Where the simulated platform keeps its books (a table in the store, or an array in tests). */
export interface AdLedger {
  append(entry: AdLedgerEntry): Promise<void>;
  /** The reference of a spend booked for this proposal, or null. */
  findSpend(merchantId: string, proposalId: string): Promise<string | null>;
}
