import { DataCounts } from '../components/home/DataCounts.js';
import { RisingTrends } from '../components/home/RisingTrends.js';
import { TopPainPoints } from '../components/home/TopPainPoints.js';
import { WaitingSpend } from '../components/home/WaitingSpend.js';
import { WaitingTasks } from '../components/home/WaitingTasks.js';
import { WinBackBuyers } from '../components/home/WinBackBuyers.js';
import '../components/home/home.css';
import { useT } from '../i18n.js';

/**
 * The shop owner's daily board: what the data says (pain points, rises), what waits for a yes or no
 * (spend, staff work) and whom to win back. Each card loads on its own so a slow model never blanks the rest.
 */
export function Home() {
  const t = useT();
  return (
    <section>
      <h1>{t('home.board')}</h1>
      <DataCounts />
      <TopPainPoints />
      <RisingTrends />
      <WaitingSpend />
      <WaitingTasks />
      <WinBackBuyers />
    </section>
  );
}
