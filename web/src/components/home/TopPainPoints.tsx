import { Link } from 'react-router-dom';
import { ideaFromPainPoint } from '../../chain.js';
import { FeedbackButtons } from '../FeedbackButtons.js';
import { Loaded } from '../Status.js';
import { api } from '../../api.js';
import { useFormat, useT } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { HomeCard, NextStep } from './HomeCard.js';

// Three: what an owner can act on this week; the pain-points page ranks the rest.
const SHOWN = 3;
// The card's height on a phone with three pain points, each quoted and rateable.
const LOADED_HEIGHT = 500;

/** What buyers complain about most, each with one buyer's own words and a way to say whether it rings true. */
export function TopPainPoints() {
  const t = useT();
  const format = useFormat();
  const report = useApi(api.painpoints);
  return (
    <HomeCard title={t('home.painpoints')} to="/painpoints" testId="home-painpoints" reserve={report.loading ? LOADED_HEIGHT : undefined}>
      <Loaded state={report}>
        {(r) => {
          if (r.reviews === 0) return <NextStep text={t('painpoints.empty')} to="/import" action={t('home.toImport')} />;
          if (r.painPoints.length === 0) return <p className="muted">{t('home.painpoints.none')}</p>;
          const top = r.painPoints.slice(0, SHOWN);
          // Bars are scaled to the worst complaint so the gap between first and third is visible at a glance.
          const widest = top[0].share;
          return top.map((p, i) => (
            <div key={p.group} className="home-item" data-testid="home-painpoint">
              <div className="row">
                <span className="badge">{i + 1}</span>
                <strong>{p.label}</strong>
                <span className="spacer" />
                <span className="small" data-testid="home-painpoint-share">{t('home.painpoints.share', { share: format.percent(p.share, 1, 1), n: format.number(p.reviews), total: format.number(r.reviews) })}</span>
              </div>
              <div className="share-bar" aria-hidden><div style={{ width: `${(p.share / widest) * 100}%` }} /></div>
              {p.evidence[0] && <blockquote>{p.evidence[0].text}</blockquote>}
              <Link className="next-step" to={ideaFromPainPoint(p)} data-testid="home-painpoint-to-idea">{t('chain.toIdea')}</Link>
              <FeedbackButtons capability="painpoints" subjectId={p.group} />
            </div>
          ));
        }}
      </Loaded>
    </HomeCard>
  );
}
