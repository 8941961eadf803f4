import { FeedbackButtons } from '../FeedbackButtons.js';
import { Loaded } from '../Status.js';
import { api } from '../../api.js';
import { useFormat, useT } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { HomeCard, NextStep } from './HomeCard.js';
import { Sparkline } from './Sparkline.js';
import { trendPeriods } from '../../trend-periods.js';

// Three: the surest rises; the trend radar lists the rest with their tests.
const SHOWN = 3;

/** What is heating up in the shop's own data and the market around it, as shapes rather than statistics. */
export function RisingTrends() {
  const t = useT();
  const format = useFormat();
  // The scan's `rising` comes most certain first.
  const report = useApi(api.trends);
  return (
    <HomeCard title={t('home.trends')} to="/trends" testId="home-trends">
      <Loaded state={report}>
        {(r) => {
          if (!r.asOf) return <NextStep text={t('trends.empty')} to="/import" action={t('home.toImport')} />;
          if (r.rising.length === 0) return <p className="muted">{t('home.trends.none')}</p>;
          return r.rising.slice(0, SHOWN).map((item) => (
            <div key={`${item.kind}:${item.key}`} className="home-item" data-testid="home-trend">
              <strong>{item.key}</strong>{' '}
              <span className="muted small">{t(`kind.${item.kind}`)}{item.emerging && ` · ${t('trends.new')}`}</span>
              <div className="home-trend-shape">
                <Sparkline values={item.sparkline} />
                <span className="home-big bad">{format.signedPercent(item.growth)}</span>
              </div>
              <p className="small muted" data-testid="home-trend-counts">
                {t('trends.counts', {
                  ...trendPeriods(r), recent: format.number(item.recent), baseline: format.number(item.baseline), growth: format.signedPercent(item.growth),
                })}
              </p>
              <FeedbackButtons capability="trends" subjectId={`${item.kind}:${item.key}`} />
            </div>
          ));
        }}
      </Loaded>
    </HomeCard>
  );
}
