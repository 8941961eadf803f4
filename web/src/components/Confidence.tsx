import type { ReactNode } from 'react';
import { useT } from '../i18n.js';

/**
 * A statistic in plain words: 可信 (the data clearly show it) or 还不确定 (it could still be chance), with the
 * test's name, q-value or interval one tap away for whoever wants them.
 */
export function Confidence({ sure, children }: { sure: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <details className="confidence" data-testid="confidence">
      <summary className={sure ? 'good' : 'muted'}>{t(sure ? 'stats.sure' : 'stats.unsure')}</summary>
      <div className="small muted">{children}</div>
    </details>
  );
}
