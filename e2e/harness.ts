import { mkdtempSync, statSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { closeApp, createApp, type App } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import { DEMO_LOGIN } from '../src/demo/catalogue.js';
import { loadDemoIfEmpty } from '../src/demo/load.js';
import { createAccount } from '../src/services/accounts.js';
import { createMerchant } from '../src/store/accounts.js';
import { createHttp } from '../src/server/http.js';
import { launchChromium, provideChineseFont } from './browser.js';

const webDir = new URL('../web/dist', import.meta.url).pathname;
const webSrc = new URL('../web/src', import.meta.url).pathname;

export interface Kaikuan {
  url: string;
  app: App;
  browser: Browser;
  /** The merchant the page is signed in as: the demo shop, or a new one holding nothing. */
  merchantId: string;
  /** A phone-sized page, already signed in as that merchant, on the home page. */
  page: Page;
  close(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = -Infinity;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

function assertWebBuilt(): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < newestMtime(webSrc)) {
    throw new Error('web/dist is missing or older than web/src: run `npx vite build web` (npm test does it first)');
  }
}

/** A merchant who has just signed up: no products, orders or reviews yet. */
const NEW_SHOP = { id: 'new-shop', name: '新开的小店', email: 'owner@new-shop.local', password: 'new-shop-password' };

export interface KaikuanOptions {
  locale?: 'zh-CN' | 'en';
  /** `empty`: sign in as a new merchant with nothing, as an owner does on her first day. Demo by default. */
  shop?: 'demo' | 'empty';
}

/** Starts Kaikuan on a free port with a fresh embedded database holding the demo merchant, and signs in. */
export async function startKaikuan(options: KaikuanOptions = {}): Promise<Kaikuan> {
  assertWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'kaikuan-e2e-'));
  const app = await createApp({ ...configFromEnv({ KAIKUAN_DATA_DIR: dataDir }), webDir });
  let login = DEMO_LOGIN;
  let merchantId = 'demo';
  if (options.shop === 'empty') {
    await createMerchant(app.store, NEW_SHOP);
    await createAccount(app.store, NEW_SHOP.id, NEW_SHOP);
    login = NEW_SHOP;
    merchantId = NEW_SHOP.id;
  } else {
    await loadDemoIfEmpty(app);
  }
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: createHttp(app).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await provideChineseFont(context);
  const page = await context.newPage();
  await page.goto(url);
  if (options.locale) await page.evaluate((l) => localStorage.setItem('kaikuan.locale', l), options.locale);
  await page.reload();
  await page.fill('input[name=email]', login.email);
  await page.fill('input[name=password]', login.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('nav.tabs');
  return {
    url, app, browser, merchantId, page,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      await closeApp(app);
    },
  };
}

/**
 * Starts Kaikuan before the calling block's tests and closes it after they ran. The instance is declared
 * with the block but starts later, so the one returned hands each use on to it.
 */
export function useKaikuan(options: KaikuanOptions = {}): Kaikuan {
  let started: Kaikuan | undefined;
  beforeAll(async () => {
    started = await startKaikuan(options);
  });
  afterAll(() => started?.close());
  const kaikuan = (): Kaikuan => {
    if (!started) throw new Error('Kaikuan starts before the first test: use it inside a test');
    return started;
  };
  return {
    get url() { return kaikuan().url; },
    get app() { return kaikuan().app; },
    get browser() { return kaikuan().browser; },
    get merchantId() { return kaikuan().merchantId; },
    get page() { return kaikuan().page; },
    close: () => kaikuan().close(),
  };
}
