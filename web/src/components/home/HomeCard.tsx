import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n.js';

/** One decision on the board: its title opens the page with the full picture (or, with `linkText`, the next step). */
export function HomeCard({ title, to, testId, linkText, ref, reserve, children }: {
  title: string;
  to: string;
  testId: string;
  linkText?: string;
  ref?: Ref<HTMLElement>;
  /** While loading, hold about the loaded height (px) so the board does not jump and lower cards stay out of view. */
  reserve?: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section className="card home-card" data-testid={testId} ref={ref} style={reserve ? { minHeight: reserve } : undefined}>
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
