/** What an opportunity score is about and what it says: the page, CLI and API read these plain shapes. */
import type { OpportunityFactorKey } from './opportunity-weights.js';

export interface OpportunityIdea {
  name: string;
  category: string;
  /** What the idea is, in the words a listing would use; compared with competitors' listings. */
  description: string;
  /**
   * Pain-point groups the idea fixes (e.g. 拉杆, 盖子); null for a whole category (scored on all its unmet pain).
   * An idea that names no fix earns nothing for fixing pain.
   */
  fixes: string[] | null;
  price: number;
  /** Null when the merchant has not made anything like it yet; the margin factor then stays neutral. */
  unitCost: number | null;
  channelFeeRate: number;
  channelFeePerUnit: number;
}

export interface FactorEvidence {
  /** What the line is about, for the page to translate: a pain point, a competitor, a figure. */
  kind: 'figure' | 'painPoint' | 'competitor' | 'review' | 'missing';
  text: string;
  value?: number;
}

export interface OpportunityFactor {
  key: OpportunityFactorKey;
  /** The raw figure behind the score (level, growth, share, count, similarity, margin). */
  value: number;
  score: number;
  weight: number;
  /** Points this factor adds to the 0–100 total. */
  points: number;
  evidence: FactorEvidence[];
}

export interface OpportunityScore {
  idea: OpportunityIdea;
  score: number;
  factors: OpportunityFactor[];
}
