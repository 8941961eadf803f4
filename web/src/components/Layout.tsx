import { NavLink, useLocation } from 'react-router-dom';
import { useEffect, useState, type ReactNode } from 'react';
import { api, session } from '../api.js';
import { useLocale, useT } from '../i18n.js';
import { pageRoutes } from '../routes.js';
import { useApi } from '../useApi.js';

const tabs = pageRoutes.filter((r) => r.tab);
const others = pageRoutes.filter((r) => !r.tab);

/** Spend waiting for the owner's yes, shown on the approvals tab so it is never three screens away. */
function usePendingApprovals(): number {
  const { pathname } = useLocation();
  const inbox = useApi(api.approvals, { query: { view: 'open' } });
  const { reload } = inbox;
  // Counted again on every page change, so a confirmation on the approvals page clears the badge.
  useEffect(() => void reload(), [pathname, reload]);
  return inbox.data?.proposals.length ?? 0;
}

/**
 * Header with language switch and sign-out, the page, and a bottom bar of at most five tabs (the four pages an owner
 * opens every day and 更多 for the rest), with the count of spend waiting for her confirmation as a badge.
 */
export function Layout({ children, onSignedOut }: { children: ReactNode; onSignedOut(): void }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { pathname } = useLocation();
  const [moreOpen, setMoreOpen] = useState(false);
  const pending = usePendingApprovals();
  useEffect(() => setMoreOpen(false), [pathname]);
  const signOut = async () => {
    await api.logout.$post().catch(() => undefined);
    session.clear();
    onSignedOut();
  };
  const inMore = others.some((r) => r.path === pathname);
  return (
    <>
      <header className="top">
        <strong className="brand">{t('app.name')}</strong>
        <span className="spacer" />
        <button className="link" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>{t('shell.language')}</button>
        <button className="link" onClick={signOut}>{t('shell.signOut')}</button>
      </header>
      <main className="page">{children}</main>
      {moreOpen && (
        <nav className="more-sheet" data-testid="nav-more-sheet" aria-label={t('nav.more')}>
          {others.map((r) => <NavLink key={r.path} to={r.path}>{t(r.navKey)}</NavLink>)}
        </nav>
      )}
      <nav className="tabs" aria-label={t('nav.main')}>
        {tabs.map((r) => (
          <NavLink key={r.path} to={r.path} end={r.path === '/'}>
            {t(r.navKey)}
            {r.path === '/approvals' && pending > 0 && (
              <span className="tab-badge" data-testid="nav-approvals-badge" aria-label={t('nav.pending', { n: pending })}>{pending}</span>
            )}
          </NavLink>
        ))}
        <button type="button" className={`tab-more${inMore ? ' active' : ''}`} aria-expanded={moreOpen} onClick={() => setMoreOpen(!moreOpen)}>
          {t('nav.more')}
        </button>
      </nav>
    </>
  );
}
