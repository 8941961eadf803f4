import { useState, type FormEvent } from 'react';
import { answerOf, api } from '../api.js';
import { useLocale, useT } from '../i18n.js';

export function Login({ onSignedIn }: { onSignedIn(): void }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await answerOf(api.login.$post({ json: { email, password } }));
      onSignedIn();
    } catch (e) {
      setError(t('login.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <button className="link lang" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>{t('shell.language')}</button>
      <h1>{t('app.name')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      <form onSubmit={submit}>
        <label>
          {t('login.email')}
          <input name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>{t('login.submit')}</button>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
      <p className="muted small">{t('login.demoHint')}</p>
    </main>
  );
}
