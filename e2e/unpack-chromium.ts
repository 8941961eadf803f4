import { chromiumPath } from './browser.js';

/**
 * Vitest global setup: finds the browser once, before the browser test files start side by side, so the
 * bundled Chromium is unpacked by one process (each would otherwise see the half-written file of another).
 */
export default async function unpackChromium(): Promise<void> {
  await chromiumPath();
}
