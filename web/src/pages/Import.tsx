import { useState, type FormEvent } from 'react';
import { answerOf, api, ApiError, type Answer } from '../api.js';
import { Loaded } from '../components/Status.js';
import { DataCounts } from '../components/home/DataCounts.js';
import { WorkProgress } from '../components/WorkProgress.js';
import { useFormat, useLocale, useT } from '../i18n.js';
import { useApi } from '../useApi.js';

const KINDS = ['reviews', 'posts', 'products', 'orders', 'buyers', 'keywords'] as const;
type Kind = (typeof KINDS)[number];

/** A file sent as the wrong kind comes back refused with the kind it looks like (`details.kind`). */
function suggestedKind(error: unknown): Kind | undefined {
  const kind = error instanceof ApiError ? (error.details as { kind?: unknown } | undefined)?.kind : undefined;
  return KINDS.find((k) => k === kind);
}

type ImportResult = Answer<typeof api.imports.$post>;

/** The file goes up as the raw request body so the server can stream it to disk whatever its size. */
function upload(file: File, kind: string, platform: string, lang: string): Promise<ImportResult> {
  return answerOf(api.imports.$post({ query: { kind, filename: file.name, platform: platform || undefined, lang } }, { init: { body: file } }));
}

/** The report needs the signed-in session, so it is fetched through the client and handed to the browser as a file. */
async function downloadRejects(jobId: string, lang: string): Promise<void> {
  const res = await api.imports[':id']['rejects.csv'].$get({ param: { id: jobId }, query: { lang } });
  if (!res.ok) throw new ApiError(res.status, 'download_failed', res.statusText);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = 'rejects.csv';
  link.click();
  URL.revokeObjectURL(link.href);
}

export function ImportPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const [kind, setKind] = useState<string>('reviews');
  const [platform, setPlatform] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<string>();
  /** The kind the server says the file is, when it was sent as another one. */
  const [suggested, setSuggested] = useState<Kind>();
  // True from the upload until a big file's reviews, analysed after the answer, are all analysed.
  const [watching, setWatching] = useState(false);
  const history = useApi(api.imports);

  async function send(asKind: string) {
    if (!file) return;
    setBusy(true);
    setWatching(true);
    setError(undefined);
    setSuggested(undefined);
    setResult(undefined);
    try {
      const answer = await upload(file, asKind, platform, locale);
      setResult(answer);
      if (answer.analysing === 0) setWatching(false);
      await history.reload();
    } catch (e) {
      setWatching(false);
      setError(t('import.failed', { message: (e as Error).message }));
      setSuggested(suggestedKind(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(kind);
  }

  function importAs(next: Kind) {
    setKind(next);
    void send(next);
  }

  return (
    <section>
      <h1>{t('import.title')}</h1>
      <p className="muted">{t('import.hint')}</p>
      <p className="muted">{t('import.hintPlatforms')}</p>
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
      <WorkProgress watching={watching} busy={busy} onFinished={() => setWatching(false)} />
      {error && <p className="error" role="alert">{error}</p>}
      {suggested && (
        <button type="button" data-testid="import-use-kind" onClick={() => importAs(suggested)} disabled={busy}>
          {t('import.useKind', { kind: t(`import.kind.${suggested}`) })}
        </button>
      )}
      {result && (
        <div className="card" data-testid="import-result">
          <strong>{t('import.result', { read: format.number(result.rowsRead), landed: format.number(result.landed), duplicates: format.number(result.duplicates), conflicts: format.number(result.conflicts), rejected: format.number(result.rejected) })}</strong>
          {result.notice && <p data-testid="import-notice">{result.notice.text}</p>}
          {result.orderStatusNote && <p data-testid="import-order-status">{result.orderStatusNote}</p>}
          {result.analysing > 0 && <p role="status" data-testid="import-analysing">{t('import.analysing', { n: format.number(result.analysing) })}</p>}
          {result.rejects.length > 0 && (
            <>
              <h2>{t('import.rejects')}</h2>
              <button type="button" onClick={() => downloadRejects(result.jobId, locale).catch((e) => setError(t('import.failed', { message: (e as Error).message })))}>
                {t('import.download')}
              </button>
              <div className="table-wrap">
                <table data-testid="import-rejects">
                  <thead><tr><th>{t('import.row')}</th><th>{t('import.field')}</th><th>{t('import.value')}</th><th>{t('import.reason')}</th></tr></thead>
                  <tbody>{result.rejects.map((r, i) => <tr key={i}><td>{r.row}</td><td>{r.field}</td><td>{r.value}</td><td>{r.reason}</td></tr>)}</tbody>
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
            <table className="cards-on-phone" data-testid="import-history">
              <thead><tr><th>{t('import.file')}</th><th>{t('import.when')}</th><th>{t('import.kind')}</th><th>{t('import.status')}</th></tr></thead>
              <tbody>
                {h.imports.map((j) => (
                  <tr key={j.id}>
                    {/* The file's own name, as her computer saved it (ExportOrderList…): hers, not ours to translate. */}
                    <td className="card-title wrap" translate="no">{j.fileName}</td>
                    <td data-label={t('import.when')}>{format.dateTime(j.startedAt)}</td>
                    <td data-label={t('import.kind')}>{t(`import.kind.${j.kind}`)}</td>
                    <td data-label={t('import.status')} className="wrap">
                      {t(`import.status.${j.status}`, { landed: format.number(j.landed), duplicates: format.number(j.duplicates), rejected: format.number(j.rejected) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      {/* What has landed so far: counts belong with the imports, not on the decision board. */}
      <DataCounts />
    </section>
  );
}
