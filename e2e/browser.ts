import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import Chromium from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, used when it is there and nothing else is asked for. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the (closed) network, as root, headless. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Which Chromium runs the browser tests: KAIKUAN_CHROMIUM=/path, or `bundled` for the one shipped inside the
 * @sparticuz/chromium package (unpacked to the temp folder on first use); by default a system Chromium
 * when there is one, else the bundled one, so `npm ci && npm test` needs nothing but Node.
 */
export async function chromiumPath(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const asked = env.KAIKUAN_CHROMIUM;
  if (asked && asked !== 'bundled') return asked;
  if (!asked && existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return Chromium.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** Where the pages fetch the test font from; answered by the browser context, never by Kaikuan. */
const FONT_ROUTE = '/__kaikuan-test-fonts/';
const fontCss = createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css');

/**
 * The bundled Chromium has no CJK font, so Chinese would render as boxes. Every page of the context gets
 * Noto Sans SC (from @fontsource, regular and bold) under the name the app's own font stack asks for,
 * 'Noto Sans CJK SC', as if the font were installed; its files come from node_modules through a route.
 */
export async function provideChineseFont(context: BrowserContext): Promise<void> {
  const files = join(dirname(fontCss), 'files');
  const css = ['400.css', '700.css']
    .map((weight) => readFileSync(join(dirname(fontCss), weight), 'utf8'))
    .join('\n')
    .replaceAll("font-family: 'Noto Sans SC'", "font-family: 'Noto Sans CJK SC'")
    .replaceAll('url(./files/', `url(${FONT_ROUTE}`);
  await context.route(`**${FONT_ROUTE}*`, (route) =>
    route.fulfill({ path: join(files, basename(new URL(route.request().url()).pathname)) }));
  await context.addInitScript((fontFaces: string) => {
    // A constructed sheet needs no <head> yet, and the app's rendering never removes it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(fontFaces);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** The fonts Chromium actually drew an element's text with (after web fonts loaded), as the font files name themselves. */
export async function fontsDrawing(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
  } finally {
    await cdp.detach();
  }
}
