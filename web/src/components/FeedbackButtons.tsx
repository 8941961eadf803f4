import { useState } from 'react';
import { answerOf, api } from '../api.js';
import { useT } from '../i18n.js';

/** "Useful / wrong / acted on" under any insight or agent output; ratings feed the monthly scorecard. */
export function FeedbackButtons({ capability, subjectId }: { capability: string; subjectId: string }) {
  const t = useT();
  const [sent, setSent] = useState(false);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const send = async (verdict: 'useful' | 'wrong' | 'acted') => {
    await answerOf(api.evaluation.feedback.$post({ json: { capability, subjectId, verdict, reason: reason || null } }));
    setSent(true);
  };
  if (sent) return <span className="muted small" role="status">{t('feedback.thanks')}</span>;
  return (
    <div className="row feedback">
      <button className="secondary" onClick={() => send('useful')}>{t('feedback.useful')}</button>
      <button className="secondary" onClick={() => (askReason ? send('wrong') : setAskReason(true))}>{t('feedback.wrong')}</button>
      <button className="secondary" onClick={() => send('acted')}>{t('feedback.acted')}</button>
      {askReason && <input aria-label={t('feedback.reason')} placeholder={t('feedback.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />}
    </div>
  );
}
