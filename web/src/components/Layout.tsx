import { NavLink } from 'react-router-dom';
import type { ReactNode } from 'react';
import { api, session } from '../api.js';
import { useLocale, useT } from '../i18n.js';
import { pageRoutes } from '../routes.js';

/** Header with language switch and sign-out, a navigation strip that scrolls sideways on a phone, and the page. */
export function Layout({ children, onSignedOut }: { children: ReactNode; onSignedOut(): void }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const signOut = async () => {
    await api.logout.$post().catch(() => undefined);
    session.clear();
    onSignedOut();
  };
  return (
    <>
      <header className="top">
        <strong className="brand">{t('app.name')}</strong>
        <span className="spacer" />
        <button className="link" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>{t('shell.language')}</button>
        <button className="link" onClick={signOut}>{t('shell.signOut')}</button>
      </header>
      <nav className="tabs">
        {pageRoutes.map((r) => (
          <NavLink key={r.path} to={r.path} end={r.path === '/'}>{t(r.navKey)}</NavLink>
        ))}
      </nav>
      <main className="page">{children}</main>
    </>
  );
}
