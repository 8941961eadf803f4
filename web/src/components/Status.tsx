import { useT } from '../i18n.js';

/** The loading and error states every page shows the same way. */
export function Loading() {
  const t = useT();
  return <p className="muted" role="status">{t('shell.loading')}</p>;
}

export function ErrorBox({ error }: { error: Error }) {
  const t = useT();
  return <p className="error" role="alert">{t('shell.error', { message: error.message })}</p>;
}

/** Renders `children(data)` once loaded; a page's shape while its data arrives. */
export function Loaded<T>({ state, children }: { state: { data?: T; error?: Error; loading: boolean }; children: (data: T) => React.ReactNode }) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (state.loading || state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}
