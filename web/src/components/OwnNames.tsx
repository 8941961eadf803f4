import { Fragment } from 'react';

/**
 * A sentence of ours that names the merchant's own things (a buyer's 买家会员名 such as tb_lily2020): those names are
 * her data, marked translate="no" so neither a translator nor the language check takes them for our words.
 */
export function OwnNames({ text, names }: { text: string; names: readonly string[] }) {
  const shown = names.filter((n) => n !== '' && text.includes(n));
  if (shown.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${shown.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return <>{text.split(pattern).map((part, i) => (shown.includes(part) ? <span key={i} translate="no">{part}</span> : <Fragment key={i}>{part}</Fragment>))}</>;
}

/** The buyer a spend proposal is for, when its payload names one (win-back coupons). */
export function proposalNames(payload: unknown): string[] {
  const buyerId = typeof payload === 'object' && payload !== null ? (payload as { buyerId?: unknown }).buyerId : undefined;
  return typeof buyerId === 'string' ? [buyerId] : [];
}
