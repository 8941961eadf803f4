import { useEffect, useRef, useState } from 'react';
import { answerOf, api, type Answer } from '../api.js';
import { useFormat, useT } from '../i18n.js';

type Work = Answer<typeof api.imports.progress.$get>['work'][number];

/** Once a second is enough to see the bar move without loading the server that does the work. */
const POLL_MS = 1_000;

/**
 * The import and the analysis after it, polled while `watching`: percent done, rate and time left.
 * `busy` is the upload still running (its rows may not be landing yet); once it is over and nothing
 * runs any more, `onFinished` is called.
 */
export function WorkProgress({ watching, busy, onFinished }: { watching: boolean; busy: boolean; onFinished: () => void }) {
  const t = useT();
  const format = useFormat();
  const [work, setWork] = useState<Work[]>([]);
  const latest = useRef({ busy, onFinished });
  latest.current = { busy, onFinished };
  useEffect(() => {
    if (!watching) return;
    const timer = setInterval(() => {
      answerOf(api.imports.progress.$get()).then(
        (answer) => {
          setWork(answer.work);
          if (answer.work.length === 0 && !latest.current.busy) latest.current.onFinished();
        },
        // A missed poll is retried on the next tick.
        () => undefined,
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [watching]);
  if (!watching) return null;
  return (
    <>
      {work.map((w) => (
        <div key={`${w.kind}:${w.label}:${w.startedAt}`} className="card" data-testid={`work-${w.kind}`}>
          <strong>{t(`import.work.${w.kind}`, { name: w.label })}</strong>
          {w.percent !== null && <progress max={100} value={w.percent} aria-label={format.percent(w.percent / 100)} />}
          <p className="muted small">
            {w.percent !== null && `${format.percent(w.percent / 100)} · `}
            {t(`import.work.rate.${w.kind}`, { rate: format.number(w.perSecond) })}
            {w.etaSeconds !== null && ` · ${w.etaSeconds < 60 ? t('import.work.etaSoon') : t('import.work.eta', { minutes: format.number(Math.ceil(w.etaSeconds / 60)) })}`}
          </p>
        </div>
      ))}
    </>
  );
}
