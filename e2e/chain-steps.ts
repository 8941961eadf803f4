import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { approvalsInbox } from '../src/approvals/inbox.js';
import type { Store } from '../src/store/store.js';
import { openPage } from './navigation.js';
import { axeViolations, latinWords, overflowing, settle, smallThings } from './phone-checks.js';

/** The steps both owner chains walk the same way (a demo shop and a new one); each chain keeps what differs. */

/** What every page of the chain must hold on a phone: nothing off screen, nothing too small, no English, no serious axe finding. */
export async function holdsOnPhone(page: Page): Promise<void> {
  await settle(page);
  expect(await overflowing(page)).toEqual([]);
  expect(await smallThings(page)).toEqual([]);
  expect(await latinWords(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

export interface Idea {
  name: string;
  category: string;
  price: number;
  unitCost: number;
}

/** 做成新款想法 from a pain-point card: what it fixes arrives filled in, the owner names the idea and scores it. */
export async function scoreIdeaFrom(page: Page, card: ReturnType<Page['getByTestId']>, fixes: { group: string; label: string }, idea: Idea) {
  await card.getByTestId('painpoint-to-idea').click();
  await page.locator('#idea').waitFor();
  expect(await page.inputValue('input[name=idea-fixes]')).toBe(fixes.group);
  expect(await page.getByTestId('chain-origin').textContent()).toContain(fixes.label);
  await page.fill('input[name=idea-name]', idea.name);
  await page.fill('input[name=idea-category]', idea.category);
  await page.fill('input[name=idea-price]', String(idea.price));
  await page.fill('input[name=idea-unitCost]', String(idea.unitCost));
  await page.getByRole('button', { name: '打分' }).click();
  const scored = page.locator('#idea').getByTestId('opportunity');
  await scored.waitFor();
  await holdsOnPhone(page);
  return scored;
}

/** 先做款式测试 from the launch page: a test named after the idea, two versions, reactions until it can stop. */
export async function testTwoVersions(page: Page, idea: string, [leader, other]: readonly [string, string]): Promise<void> {
  await page.getByTestId('launch-to-concept').click();
  expect(await page.inputValue('input[name=test-name]')).toBe(idea);
  await page.fill('input[name=test-variants]', `${leader}，${other}`);
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByTestId('concept-verdict').waitFor();
  for (const [variant, asked, yes] of [[leader, 200, 70], [other, 200, 20]] as const) {
    await page.selectOption('select[name=variant]', variant);
    await page.fill('input[name=views]', '3000');
    await page.fill('input[name=intentAsked]', String(asked));
    await page.fill('input[name=intentYes]', String(yes));
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/selection/concepts/'));
    await page.getByTestId('concept-record').click();
    expect((await saved).status()).toBe(200);
  }
  await page.waitForFunction(() => document.querySelector('[data-testid=concept-decision]')?.textContent?.includes('可以停了'));
}

/** 花钱审批: a win-back coupon for the first lapsing buyer, confirmed by the owner and spent exactly once. */
export async function confirmWinBackCoupon(page: Page, store: Store, merchantId: string, amountYuan: number, waitMs: number): Promise<void> {
  await openPage(page, '客户价值');
  const buyer = page.getByTestId('win-back-buyer').first();
  await buyer.waitFor({ timeout: waitMs });
  await holdsOnPhone(page);
  await buyer.getByTestId('win-back-coupon-amount').fill(String(amountYuan));
  await buyer.getByTestId('win-back-coupon').click();
  await buyer.getByRole('link', { name: '去确认 →' }).click();
  const proposal = page.getByTestId('proposal').filter({ hasText: '给老客户发挽回券' });
  await proposal.getByTestId('proposal-confirm').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=proposal] [data-testid=proposal-confirm]'));
  const coupon = (await approvalsInbox(store, merchantId, 'all')).proposals.find((p) => p.proposal.action === 'win_back_coupon')!;
  expect(coupon.proposal).toMatchObject({ amountYuan, status: 'executed' });
}
