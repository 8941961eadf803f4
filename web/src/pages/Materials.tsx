import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { answerOf, api, type Answer } from '../api.js';
import { Loaded } from '../components/Status.js';
import { useFormat, useT } from '../i18n.js';
import { useApi } from '../useApi.js';

type Material = Answer<typeof api.materials.$get>['materials'][number];

/** Where a stored file is served; the session cookie signs the request in, as for every GET. */
const fileUrl = (id: string, format?: 'png' | 'jpg') => `/api/materials/${encodeURIComponent(id)}/file${format ? `?format=${format}&download=1` : ''}`;

/**
 * The gallery: upload a product photo, have the product or promotion specialist make pictures from it, look at them
 * (phone first: one column, two on wider screens), accept a set, download one picture or all as a zip. `?test=` shows
 * one concept test's kit, `?task=` one task's pictures.
 */
export function MaterialsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const conceptTestId = params.get('test') ?? undefined;
  const taskId = params.get('task') ?? undefined;
  const photos = useApi(api.materials, { query: { kind: 'photo' } });
  const pictures = useApi(api.materials, { query: { conceptTestId, taskId } });
  const products = useApi(api.agents.products);
  const [file, setFile] = useState<File | null>(null);
  const [productId, setProductId] = useState('');
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  async function act(label: string, work: () => Promise<unknown>) {
    setBusy(label);
    setError(undefined);
    try {
      await work();
      await Promise.all([photos.reload(), pictures.reload()]);
    } catch (e) {
      setError(t('materials.failed', { message: (e as Error).message }));
    } finally {
      setBusy(undefined);
    }
  }

  function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    // the photo goes up as the raw body, streamed to disk under the server's upload cap
    void act(t('materials.uploading'), () => answerOf(api.materials.photos.$post({ query: { productId: productId || undefined } }, { init: { body: file } })));
  }

  const make = (role: 'product' | 'promotion', task: 'materials' | 'test_kit', photo: Material) =>
    act(t('materials.working'), async () => {
      const done = await answerOf(api.agents[':role'][':task'].$post({ param: { role, task }, json: { photoId: photo.id, ...(photo.productId ? { productId: photo.productId } : {}) } }));
      const output = done.output as { conceptTestId?: string };
      setParams(output.conceptTestId ? { test: output.conceptTestId } : { task: done.id });
    });

  const review = (id: string, outcome: 'accepted' | 'rejected') =>
    act(t('materials.working'), () => answerOf(api.agents.tasks[':id'].review.$post({ param: { id }, json: { outcome } })));

  const zipQuery = new URLSearchParams({ ...(conceptTestId ? { conceptTestId } : {}), ...(taskId ? { taskId } : {}) }).toString();

  return (
    <section>
      <h1>{t('materials.title')}</h1>
      <p className="muted">{t('materials.intro')}</p>

      <form className="card grid2" onSubmit={upload}>
        <label>
          {t('materials.photo')}
          <input type="file" accept="image/jpeg,image/png,image/webp" data-testid="photo-input" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <span className="muted small">{t('materials.photoHint')}</span>
        </label>
        <label>
          {t('materials.product')}
          <select value={productId} onChange={(e) => setProductId(e.target.value)}>
            <option value="">{t('materials.noProduct')}</option>
            {(products.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <button disabled={!file || busy !== undefined} data-testid="photo-upload">{t('materials.upload')}</button>
      </form>
      {busy && <p className="muted" role="status">{busy}</p>}
      {error && <p className="error" role="alert">{error}</p>}

      <h2>{t('materials.photos')}</h2>
      <Loaded state={photos}>
        {({ materials }) => materials.length === 0 ? <p className="muted">{t('materials.noPhotos')}</p> : (
          <div className="gallery photos">
            {materials.map((photo) => (
              <div className="card" key={photo.id} data-testid="photo-item">
                <img src={fileUrl(photo.id)} alt={t('materials.kind.photo')} loading="lazy" />
                <div className="row">
                  <button className="secondary" disabled={busy !== undefined} onClick={() => make('product', 'materials', photo)} data-testid="make-materials">{t('materials.make')}</button>
                  <button className="secondary" disabled={busy !== undefined} onClick={() => make('promotion', 'test_kit', photo)} data-testid="make-kit">{t('materials.kit')}</button>
                </div>
              </div>
            ))}
          </div>
        )}
      </Loaded>

      <h2>{t('materials.pictures')}</h2>
      <div className="row">
        {(conceptTestId || taskId) && <button className="secondary" onClick={() => setParams({})}>{t('materials.showAll')}</button>}
        {conceptTestId && <Link to={`/concepts?test=${conceptTestId}`}>{t('materials.toTest')}</Link>}
        <a href={`/api/materials/zip${zipQuery ? `?${zipQuery}` : ''}`} download data-testid="materials-zip">{t('materials.zip')}</a>
      </div>
      <Loaded state={pictures}>
        {({ materials }) => {
          const made = materials.filter((m) => m.kind !== 'photo');
          if (made.length === 0) return <p className="muted">{t('materials.noPictures')}</p>;
          return <div className="gallery">{made.map((m) => <Picture key={m.id} material={m} busy={busy !== undefined} onReview={review} />)}</div>;
        }}
      </Loaded>
    </section>
  );
}

function Picture({ material, busy, onReview }: { material: Material; busy: boolean; onReview: (taskId: string, outcome: 'accepted' | 'rejected') => void }) {
  const t = useT();
  const format = useFormat();
  return (
    <figure className="card" data-testid="picture" data-kind={material.kind} data-status={material.status}>
      <img src={fileUrl(material.id)} alt={t(`materials.kind.${material.kind}`)} loading="lazy" width={material.width} height={material.height} />
      <figcaption>
        <div className="row">
          <strong>{t(`materials.kind.${material.kind}`)}</strong>
          {material.variant && <span className="badge">{t('materials.variant', { variant: material.variant })}</span>}
          <span className="badge" data-testid="picture-status">{t(`materials.status.${material.status}`)}</span>
        </div>
        <p className="muted small">{t('materials.madeAt', { time: format.dateTime(material.createdAt) })}</p>
        <div className="row">
          <a href={fileUrl(material.id, 'jpg')} download>{t('materials.jpg')}</a>
          <a href={fileUrl(material.id, 'png')} download>{t('materials.png')}</a>
          {material.status === 'draft' && material.taskId && (
            <>
              <button disabled={busy} onClick={() => onReview(material.taskId!, 'accepted')} data-testid="picture-accept">{t('materials.accept')}</button>
              <button className="secondary" disabled={busy} onClick={() => onReview(material.taskId!, 'rejected')}>{t('materials.reject')}</button>
            </>
          )}
        </div>
      </figcaption>
    </figure>
  );
}
