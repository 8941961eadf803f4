import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Stat } from '../Stat.js';
import { Loaded } from '../Status.js';
import { api, type Answer } from '../../api.js';
import { useFormat, useT } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { HomeCard, NextStep } from './HomeCard.js';

type Counts = Answer<typeof api.counts.$get>;

const ORDER: (keyof Counts)[] = ['reviews', 'posts', 'orders', 'buyers', 'products', 'keywordVolumes', 'campaigns'];
// Tall enough for every label at phone font size; shorter bars start dropping labels.
const BAR_HEIGHT = 28;
// The card's height on a phone once loaded: three rows of counts and the chart.
const LOADED_HEIGHT = 480;

/** How much of the shop's data Kaikuan has to work with: every decision below rests on it. */
export function DataCounts() {
  const t = useT();
  const format = useFormat();
  const counts = useApi(api.counts);
  return (
    <HomeCard title={t('home.title')} to="/import" testId="home-counts" linkText={t('home.importMore')} reserve={counts.loading ? LOADED_HEIGHT : undefined}>
      <Loaded state={counts}>
        {(c) => (
          <>
            {ORDER.every((k) => c[k] === 0) && <NextStep text={t('home.empty')} to="/import" action={t('home.toImport')} />}
            <div className="stats">
              {ORDER.map((k) => <Stat key={k} label={t(`home.${k}`)} value={format.number(c[k])} testId={`count-${k}`} />)}
            </div>
            <h3 className="small muted">{t('home.chart')}</h3>
            <ResponsiveContainer width="100%" height={ORDER.length * BAR_HEIGHT}>
              <BarChart data={ORDER.map((k) => ({ name: t(`home.${k}`), value: c[k] }))} layout="vertical" margin={{ left: 8, right: 8 }}>
                <XAxis type="number" />
                <YAxis type="category" dataKey="name" width={80} interval={0} fontSize={12} />
                <Tooltip formatter={(v) => format.number(Number(v))} />
                <Bar dataKey="value" fill="#d9480f" />
              </BarChart>
            </ResponsiveContainer>
          </>
        )}
      </Loaded>
    </HomeCard>
  );
}
