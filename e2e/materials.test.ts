import { describe, expect, it } from 'vitest';
import { productPhoto } from '../src/materials/testing.js';
import { listMaterials } from '../src/store/materials.js';
import { useKaikuan } from './harness.js';
import { openPage } from './navigation.js';

describe('marketing materials gallery in Chromium', () => {
  const k = useKaikuan();
  const pictures = () => k.page.getByTestId('picture');

  it('uploads a phone photo, has the product specialist make pictures, shows them and accepts the set', async () => {
    await openPage(k.page, '素材库');
    await k.page.getByText('还没有照片').waitFor();
    await k.page.getByTestId('photo-input').setInputFiles({ name: '马克杯.jpg', mimeType: 'image/jpeg', buffer: await productPhoto() });
    await k.page.locator('select').first().selectOption('P-BOX-L');
    await k.page.getByTestId('photo-upload').click();
    await k.page.getByTestId('photo-item').waitFor();

    await k.page.getByTestId('make-materials').click();
    await k.page.waitForFunction(() => document.querySelectorAll('[data-testid=picture]').length === 3, undefined, { timeout: 60_000 });
    expect(await pictures().evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')).sort())).toEqual(['cover', 'main', 'poster']);
    // every picture was served and decoded by the browser, at the size the template makes
    await k.page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid=picture] img')].every((img) => img.complete && img.naturalWidth > 0));
    const sizes = await pictures().locator('img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => `${img.naturalWidth}×${img.naturalHeight}`).sort());
    expect(sizes).toEqual(['800×1200', '800×800', '900×1200']);
    expect(await pictures().getByTestId('picture-status').allTextContents()).toEqual(['待采纳', '待采纳', '待采纳']);

    await pictures().first().getByTestId('picture-accept').click();
    await k.page.waitForFunction(() => [...document.querySelectorAll('[data-testid=picture-status]')].every((el) => el.textContent === '已采纳'));
    const stored = await listMaterials(k.app.store, 'demo', { kind: 'poster' });
    expect(stored.map((m) => m.status)).toEqual(['accepted']);
    expect(await k.page.getByTestId('materials-zip').getAttribute('href')).toMatch(/^\/api\/materials\/zip\?taskId=/);
  });

  it('makes a test kit and links it to its concept test', async () => {
    await k.page.getByTestId('make-kit').click();
    await k.page.waitForURL(/\/materials\?test=/, { timeout: 60_000 });
    await k.page.waitForFunction(() => document.querySelectorAll('[data-testid=picture][data-kind=cover]').length === 3, undefined, { timeout: 60_000 });
    const testId = new URL(k.page.url()).searchParams.get('test')!;
    await k.page.getByRole('link', { name: '去测款页填结果' }).click();
    await k.page.getByTestId('concept-materials').waitFor();
    expect(await k.page.locator('select[name=concept-test]').inputValue()).toBe(testId);
  });
});
