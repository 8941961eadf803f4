import type { Page } from 'playwright-core';

/**
 * Opens a page by its navigation label: one of the bottom tabs, or behind 更多 (More) on the phone's tab bar.
 */
export async function openPage(page: Page, label: string): Promise<void> {
  const tabs = page.locator('nav.tabs');
  // A tab's name may go on with its badge (花钱审批 2 …).
  const tab = tabs.getByRole('link', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  if ((await tab.count()) > 0) return tab.click();
  await tabs.getByRole('button', { name: /^(更多|More)$/ }).click();
  await page.getByTestId('nav-more-sheet').getByRole('link', { name: label, exact: true }).click();
}
