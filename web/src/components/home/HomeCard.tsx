import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n.js';

/** One decision on the board: its title opens the page with the full picture (or, with `linkText`, the next step). */
export function HomeCard({ title, to, testId, linkText, children }: { title: string; to: string; testId: string; linkText?: string; children: ReactNode }) {
  const t = useT();
  return (
    <section className="card home-card" data-testid={testId}>
      <div className="row home-card-head">
        <h2><Link to={to}>{title}</Link></h2>
        <span className="spacer" />
        <Link to={to} className="small">{linkText ?? t('home.more')}</Link>
      </div>
      {children}
    </section>
  );
}

/** An empty card says what to do next and links straight to the place to do it. */
export function NextStep({ text, to, action }: { text: string; to: string; action: string }) {
  return (
    <p className="muted" data-testid="home-next-step">
      {text} <Link to={to}>{action}</Link>
    </p>
  );
}
