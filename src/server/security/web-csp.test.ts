import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleApp } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { storesUnderTest } from '../../store/testing.js';
import { useFreshStore } from '../../store/test-hooks.js';
import { createHttp } from '../http.js';

const webDir = new URL('../../../web/dist', import.meta.url).pathname;
const built = existsSync(`${webDir}/index.html`);

/**
 * The CSP forbids inline scripts and styles; the built web app must need neither. `npm test` builds
 * the app first; run `npx vite build web` before this file on its own.
 */
describe.skipIf(!built)('the built web app under its CSP', () => {
  const store = useFreshStore(storesUnderTest()[0]!);
  const http = () => createHttp(assembleApp({ ...configFromEnv({}), webDir }, store));

  it('is served with the CSP, and loads only its own script and style files', async () => {
    const res = await http().request('/some/page');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    const html = await res.text();
    // No inline script body, style element or style attribute for the CSP to block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const path of assets) {
      expect(path.startsWith('/')).toBe(true);
      const asset = await http().request(path);
      expect(asset.status).toBe(200);
      // With nosniff a script or style served under another type is refused.
      expect(asset.headers.get('content-type')).toMatch(path.endsWith('.js') ? /javascript/ : /css/);
    }
  });

  it('has no code that would need unsafe-inline or unsafe-eval', () => {
    const html = readFileSync(`${webDir}/index.html`, 'utf8');
    for (const [, path] of html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)) {
      const bundle = readFileSync(`${webDir}${path}`, 'utf8');
      // React sets style props through the DOM's style object, which CSP does not govern; a style attribute written as text would be blocked.
      expect(bundle).not.toMatch(/setAttribute\(\s*["'`]style["'`]/);
      expect(bundle).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
