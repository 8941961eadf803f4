import { useState, type FormEvent } from 'react';
import { ApiError, sessionHeaders } from '../api.js';
import { Loaded } from '../components/Status.js';
import { useT } from '../i18n.js';
import { useApi } from '../useApi.js';

const KINDS = ['reviews', 'posts', 'products', 'orders', 'buyers', 'keywords'] as const;

interface ImportResult {
  rowsRead: number;
  landed: number;
  duplicates: number;
  rejected: number;
  rejects: { row: number; field: string; reason: string }[];
}

interface ImportJob {
  id: string;
  kind: string;
  fileName: string;
  status: string;
  landed: number;
  duplicates: number;
  rejected: number;
  startedAt: string;
}

/** The file goes up as the raw request body so the server can stream it to disk whatever its size. */
async function upload(file: File, kind: string, platform: string): Promise<ImportResult> {
  const params = new URLSearchParams({ kind, filename: file.name });
  if (platform) params.set('platform', platform);
  const res = await fetch(`/api/imports?${params}`, { method: 'POST', headers: sessionHeaders(), body: file });
  const data = await res.json();
  if (!res.ok) throw new ApiError(res.status, data.error?.code, data.error?.message ?? res.statusText, data.error?.details);
  return data;
}

export function ImportPage() {
  const t = useT();
  const [kind, setKind] = useState<string>('reviews');
  const [platform, setPlatform] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<string>();
  const history = useApi<{ imports: ImportJob[] }>('/imports');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await upload(file, kind, platform));
      await history.reload();
    } catch (e) {
      setError(t('import.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <h1>{t('import.title')}</h1>
      <p className="muted">{t('import.hint')}</p>
      <form className="card" onSubmit={submit}>
        <label>
          {t('import.kind')}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`import.kind.${k}`)}</option>)}
          </select>
        </label>
        <label>
          {t('import.platform')}
          <input name="platform" value={platform} onChange={(e) => setPlatform(e.target.value)} placeholder="淘宝 / 拼多多 / 小红书" />
        </label>
        <label>
          {t('import.file')}
          <input name="file" type="file" accept=".csv,.xlsx,.json,.jsonl,.txt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!file || busy}>{busy ? t('import.busy') : t('import.submit')}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {result && (
        <div className="card" data-testid="import-result">
          <strong>{t('import.result', { read: result.rowsRead, landed: result.landed, duplicates: result.duplicates, rejected: result.rejected })}</strong>
          {result.rejects.length > 0 && (
            <>
              <h2>{t('import.rejects')}</h2>
              <div className="table-wrap">
                <table data-testid="import-rejects">
                  <thead><tr><th>{t('import.row')}</th><th>{t('import.field')}</th><th>{t('import.reason')}</th></tr></thead>
                  <tbody>{result.rejects.map((r, i) => <tr key={i}><td>{r.row}</td><td>{r.field}</td><td>{r.reason}</td></tr>)}</tbody>
                </table>
              </div>
            </>
          )}
        </div>
      )}
      <h2>{t('import.history')}</h2>
      <Loaded state={history}>
        {(h) => (
          <div className="table-wrap">
            <table>
              <thead><tr><th>{t('import.when')}</th><th>{t('import.kind')}</th><th>{t('import.file')}</th><th>{t('import.status')}</th></tr></thead>
              <tbody>
                {h.imports.map((j) => (
                  <tr key={j.id}>
                    <td>{j.startedAt.slice(0, 16).replace('T', ' ')}</td>
                    <td>{t(`import.kind.${j.kind}`)}</td>
                    <td>{j.fileName}</td>
                    <td>{j.status} · +{j.landed} / ={j.duplicates} / ✗{j.rejected}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  );
}
