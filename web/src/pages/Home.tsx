import { AskBox } from '../components/AskBox.js';
import { RisingTrends } from '../components/home/RisingTrends.js';
import { TopPainPoints } from '../components/home/TopPainPoints.js';
import { WaitingSpend } from '../components/home/WaitingSpend.js';
import { WaitingTasks } from '../components/home/WaitingTasks.js';
import { WinBackBuyers } from '../components/home/WinBackBuyers.js';
import '../components/home/home.css';
import { useT } from '../i18n.js';

/**
 * Today's decisions, at most five, money first: spend waiting for a yes, the pain worth a new style, buyers worth
 * winning back, staff work to accept, what is heating up. Each card ends in its next step; how many rows were
 * imported is the import page's business, not a decision. Each card loads on its own so a slow model never
 * blanks the rest.
 */
export function Home() {
  const t = useT();
  return (
    <section>
      <h1>{t('home.board')}</h1>
      <AskBox />
      <WaitingSpend />
      <TopPainPoints />
      <WinBackBuyers />
      <WaitingTasks />
      <RisingTrends />
    </section>
  );
}
