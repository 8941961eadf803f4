/**
 * Failed sign-ins counted per account and per address over a sliding window. Past the limit, sign-in is
 * refused (before the password is even checked) until the oldest failure in the window ages out: ten
 * guesses every 15 minutes makes guessing even a weak password take years, while an owner who mistypes
 * a few times is never stopped. Counts live in memory: one server process serves a shop.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Tries at one account, from anywhere. */
export const FAILURES_PER_ACCOUNT = 10;
/** Tries from one address at any accounts; higher because a workshop's staff share one address. */
export const FAILURES_PER_ADDRESS = 30;
/** Keys remembered before old ones are swept, so a flood of made-up emails cannot grow memory without end. */
const MAX_KEYS = 50_000;

export interface LoginAttempt {
  email: string;
  address: string;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until this attempt may be tried, or 0 when it may go ahead now. */
  waitFor({ email, address }: LoginAttempt): number {
    return Math.max(
      this.wait(accountKey(email), FAILURES_PER_ACCOUNT),
      this.wait(addressKey(address), FAILURES_PER_ADDRESS),
    );
  }

  recordFailure({ email, address }: LoginAttempt): void {
    if (this.failures.size >= MAX_KEYS) this.sweep();
    for (const key of [accountKey(email), addressKey(address)]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** A correct password clears the account's count; the address keeps its own, so one good account does not unlock guessing at others. */
  recordSuccess({ email }: LoginAttempt): void {
    this.failures.delete(accountKey(email));
  }

  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit]! + LOGIN_WINDOW_MS - this.now();
  }

  private recent(key: string): number[] {
    const since = this.now() - LOGIN_WINDOW_MS;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private sweep(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;
