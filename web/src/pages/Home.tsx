import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loaded } from '../components/Status.js';
import { Stat } from '../components/Stat.js';
import { useNumber, useT } from '../i18n.js';
import { useApi } from '../useApi.js';

interface Counts {
  products: number;
  reviews: number;
  posts: number;
  buyers: number;
  orders: number;
  keywordVolumes: number;
  campaigns: number;
}

const ORDER: (keyof Counts)[] = ['reviews', 'posts', 'orders', 'buyers', 'products', 'keywordVolumes', 'campaigns'];

export function Home() {
  const t = useT();
  const n = useNumber();
  const counts = useApi<Counts>('/counts');
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <Loaded state={counts}>
        {(c) => (
          <>
            {ORDER.every((k) => c[k] === 0) && <p className="muted">{t('home.empty')}</p>}
            <div className="stats">
              {ORDER.map((k) => <Stat key={k} label={t(`home.${k}`)} value={n(c[k])} testId={`count-${k}`} />)}
            </div>
            <h2>{t('home.chart')}</h2>
            <div className="chart">
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={ORDER.map((k) => ({ name: t(`home.${k}`), value: c[k] }))} layout="vertical" margin={{ left: 24 }}>
                  <XAxis type="number" />
                  <YAxis type="category" dataKey="name" width={80} />
                  <Tooltip />
                  <Bar dataKey="value" fill="#d9480f" />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
