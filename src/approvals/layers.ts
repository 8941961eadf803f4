import type { ConfirmationLayer, GuardLimits } from '../domain/spend-proposal.js';

/** Money is handled to the fen; anything finer is noise from float arithmetic. */
export const roundToFen = (yuan: number): number => Math.round(yuan * 100) / 100;

/** How much friction an amount gets: one tap, two taps with a delay between them, or no. */
export function confirmationLayer(amountYuan: number, limits: GuardLimits): ConfirmationLayer {
  if (amountYuan > limits.capYuan) return 'refused';
  if (amountYuan > limits.secondConfirmAboveYuan) return 'double';
  return 'single';
}
