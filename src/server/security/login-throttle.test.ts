import { describe, expect, it } from 'vitest';
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS, LOGIN_WINDOW_MS, LoginThrottle } from './login-throttle.js';

describe('login throttle', () => {
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, pass: (ms: number) => { now += ms; } };
  };

  it('stops an account after ten failures until the oldest ages out of the window', () => {
    const time = clock();
    const throttle = new LoginThrottle(time.now);
    const attempt = { email: 'Owner@Shop.cn', address: '10.0.0.1' };
    for (let i = 0; i < FAILURES_PER_ACCOUNT; i++) {
      expect(throttle.waitFor(attempt)).toBe(0);
      throttle.recordFailure(attempt);
      time.pass(60_000);
    }
    // The first failure was 10 minutes ago: 5 more minutes until it leaves the 15-minute window.
    expect(throttle.waitFor(attempt)).toBe(LOGIN_WINDOW_MS - FAILURES_PER_ACCOUNT * 60_000);
    // The same account from another address, spelled differently, is still stopped.
    expect(throttle.waitFor({ email: 'owner@shop.cn ', address: '10.0.0.2' })).toBeGreaterThan(0);
    time.pass(LOGIN_WINDOW_MS - FAILURES_PER_ACCOUNT * 60_000);
    expect(throttle.waitFor(attempt)).toBe(0);
  });

  it('stops an address guessing at many accounts, and a success clears only its account', () => {
    const throttle = new LoginThrottle(clock().now);
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) throttle.recordFailure({ email: `u${i}@shop.cn`, address: '10.0.0.9' });
    expect(throttle.waitFor({ email: 'new@shop.cn', address: '10.0.0.9' })).toBeGreaterThan(0);
    expect(throttle.waitFor({ email: 'new@shop.cn', address: '10.0.0.8' })).toBe(0);
    const owner = { email: 'owner@shop.cn', address: '10.0.0.7' };
    for (let i = 0; i < FAILURES_PER_ACCOUNT - 1; i++) throttle.recordFailure(owner);
    throttle.recordSuccess(owner);
    throttle.recordFailure(owner);
    expect(throttle.waitFor(owner)).toBe(0);
  });
});
