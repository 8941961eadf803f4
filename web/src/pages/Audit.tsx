import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { useLocale, useNumber, useT } from '../i18n.js';
// GET /api/approvals/audit answers these rows, newest first.
import type { AuditEvent } from '../../../src/domain/spend-proposal.js';

/** One screenful on a phone; older entries load on request. */
const PAGE_SIZE = 50;

/** The append-only record of who confirmed, rejected or spent what, and when. */
export function AuditPage() {
  const t = useT();
  const n = useNumber();
  const { locale } = useLocale();
  const [events, setEvents] = useState<AuditEvent[]>();
  const [more, setMore] = useState(false);
  const [error, setError] = useState<Error>();

  const load = async (before?: string) => {
    try {
      const query = `/approvals/audit?limit=${PAGE_SIZE}${before ? `&before=${encodeURIComponent(before)}` : ''}`;
      const page = (await api.get<{ events: AuditEvent[] }>(query)).events;
      setEvents((shown) => [...(before ? shown ?? [] : []), ...page]);
      setMore(page.length === PAGE_SIZE);
    } catch (e) {
      setError(e as Error);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const who = (e: AuditEvent) => (e.actor === 'system' ? t('audit.system') : e.actorLabel ?? e.actor);
  // Other capabilities may log actions this page has no name for; those show as recorded.
  const what = (e: AuditEvent) => (t(`audit.action.${e.action}`) === `audit.action.${e.action}` ? e.action : t(`audit.action.${e.action}`));
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      {error && <ErrorBox error={error} />}
      {!events && !error && <Loading />}
      {events?.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {events && events.length > 0 && (
        <div className="table-wrap">
          <table data-testid="audit-log">
            <thead>
              <tr><th>{t('audit.time')}</th><th>{t('audit.who')}</th><th>{t('audit.what')}</th><th>{t('audit.amount')}</th></tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} data-testid="audit-event" data-action={e.action}>
                  <td className="small">{new Date(e.at).toLocaleString(locale)}</td>
                  <td>{who(e)}</td>
                  <td>{what(e)}</td>
                  <td>{e.amountYuan === null ? '' : `¥${n(e.amountYuan, 2)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && events && <button className="secondary" onClick={() => load(events[events.length - 1].id)}>{t('audit.more')}</button>}
    </section>
  );
}
