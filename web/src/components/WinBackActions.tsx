import { useState } from 'react';
import { Link } from 'react-router-dom';
import { answerOf, api } from '../api.js';
import { useFormat, useT } from '../i18n.js';
import { useAction } from '../useAction.js';
import { ErrorBox } from './Status.js';

/** A win-back coupon worth a tenth of the buyer's average order: felt, yet small beside what they bring back. */
const COUPON_SHARE_OF_ORDER = 0.1;
/** Below five yuan a coupon is not worth the buyer's tap. */
const SMALLEST_COUPON_YUAN = 5;

export const suggestedCoupon = (pastSpend: number, orders: number) =>
  Math.max(SMALLEST_COUPON_YUAN, Math.round((pastSpend / Math.max(1, orders)) * COUPON_SHARE_OF_ORDER));

type Done = { kind: 'service' } | { kind: 'coupon'; status: string };

/**
 * The next step for a buyer worth winning back: 交给客服 (the customer-service employee drafts a message for the owner
 * to send) or 发券 (a coupon proposed to the money guard: nothing is spent until the owner confirms it in 花钱审批).
 */
export function WinBackActions({ buyerId, pastSpend, orders }: { buyerId: string; pastSpend: number; orders: number }) {
  const t = useT();
  const format = useFormat();
  const [coupon, setCoupon] = useState(String(suggestedCoupon(pastSpend, orders)));
  const [done, setDone] = useState<Done>();
  const { busy, error, run } = useAction();
  const act = (work: () => Promise<Done>) => run(work, setDone);
  const toService = () => act(async () => {
    await answerOf(api.agents[':role'][':task'].$post({ param: { role: 'service', task: 'winBack' }, json: { buyerId } }));
    return { kind: 'service' };
  });
  const proposeCoupon = () => act(async () => {
    const amountYuan = Number(coupon);
    const proposal = await answerOf(api.approvals.$post({
      json: {
        agent: 'service', action: 'win_back_coupon', amountYuan, channel: t('winBack.couponChannel', { buyer: buyerId }),
        description: t('winBack.couponDescription', { buyer: buyerId, amount: format.yuan(amountYuan), spent: format.yuan(pastSpend), orders }),
        payload: { buyerId }, idempotencyKey: `win-back-coupon:${buyerId}:${new Date().toISOString().slice(0, 10)}`,
      },
    }));
    return { kind: 'coupon', status: proposal.status };
  });
  return (
    <div className="win-back" data-testid="win-back">
      <div className="row">
        <button type="button" className="secondary" disabled={busy} onClick={toService} data-testid="win-back-service">{t('winBack.toService')}</button>
        <label className="inline">
          {t('winBack.couponAmount')}
          <input inputMode="decimal" value={coupon} onChange={(e) => setCoupon(e.target.value)} data-testid="win-back-coupon-amount" />
        </label>
        <button type="button" disabled={busy || !(Number(coupon) > 0)} onClick={proposeCoupon} data-testid="win-back-coupon">{t('winBack.coupon')}</button>
      </div>
      {done?.kind === 'service' && <p className="small" role="status">{t('winBack.serviceDone')} <Link to="/tasks">{t('winBack.toTasks')}</Link></p>}
      {done?.kind === 'coupon' && (
        <p className="small" role="status">
          {t(done.status === 'refused' ? 'winBack.couponRefused' : 'winBack.couponProposed')} <Link to="/approvals">{t('winBack.toApprovals')}</Link>
        </p>
      )}
      {error && <ErrorBox error={error} />}
    </div>
  );
}
