/**
 * Rate limits (after lucia-auth's SvelteKit example): a refilling token bucket caps how often one key
 * (a client address, a participant) may act; an escalating throttler slows guessing against one account.
 * Their counts live in a `LimitStore`: this process's memory by default, Redis in scale-out mode, so
 * that a limit holds across every process (`$lib/server/cluster`).
 */
export type Clock = () => number;

export interface LimitStore {
	/** Takes a token from bucket `key` (at most `max`, one more every `intervalMs`): 0 if allowed, else ms until the next. */
	take(key: string, max: number, intervalMs: number): Promise<number>;
	/** Ms still to wait after the failures recorded for `key`; `delaysMs[i]` follows i + 1 failures in a row. */
	failureWait(key: string, delaysMs: readonly number[]): Promise<number>;
	recordFailure(key: string, keepMs: number): Promise<void>;
	clearFailures(key: string): Promise<void>;
}

/** The counts of one process, for a single process (the default) and for the specs, with their own clock. */
export class MemoryLimitStore implements LimitStore {
	private readonly buckets = new Map<string, { tokens: number; refilledAt: number }>();
	private readonly failures = new Map<string, { count: number; lastAt: number }>();

	constructor(private readonly now: Clock = Date.now) {}

	async take(key: string, max: number, intervalMs: number): Promise<number> {
		const now = this.now();
		const bucket = this.buckets.get(key) ?? { tokens: max, refilledAt: now };
		const refill = Math.floor((now - bucket.refilledAt) / intervalMs);
		bucket.tokens = Math.min(max, bucket.tokens + refill);
		bucket.refilledAt += refill * intervalMs;
		this.buckets.set(key, bucket);
		if (bucket.tokens < 1) return bucket.refilledAt + intervalMs - now;
		bucket.tokens -= 1;
		return 0;
	}

	async failureWait(key: string, delaysMs: readonly number[]): Promise<number> {
		const counter = this.failures.get(key);
		if (!counter) return 0;
		const delay = delaysMs[Math.min(counter.count, delaysMs.length) - 1];
		return Math.max(0, counter.lastAt + delay - this.now());
	}

	async recordFailure(key: string): Promise<void> {
		const count = (this.failures.get(key)?.count ?? 0) + 1;
		this.failures.set(key, { count, lastAt: this.now() });
	}

	async clearFailures(key: string): Promise<void> {
		this.failures.delete(key);
	}
}

let shared: LimitStore = new MemoryLimitStore();

/** Where every limit of this process keeps its counts from now on (scale-out mode: Redis). */
export function useLimitStore(store: LimitStore): void {
	shared = store;
}

export class TokenBucket {
	/** `name` keeps apart the buckets of different limits that share a store. */
	constructor(
		private readonly name: string,
		private readonly max: number,
		private readonly refillIntervalMs: number,
		private readonly store: () => LimitStore = () => shared
	) {}

	/** Takes one token; resolves to 0 when allowed, else the milliseconds until the next token. */
	consume(key: string): Promise<number> {
		return this.store().take(`${this.name}:${key}`, this.max, this.refillIntervalMs);
	}
}

export class Throttler {
	/** `delaysMs[i]` is the wait imposed after i + 1 consecutive failures. */
	constructor(
		private readonly name: string,
		private readonly delaysMs: readonly number[],
		private readonly store: () => LimitStore = () => shared
	) {}

	/** Milliseconds the caller must still wait before another attempt (0: go ahead). */
	waitMs(key: string): Promise<number> {
		return this.store().failureWait(`${this.name}:${key}`, this.delaysMs);
	}

	/** Failures are forgotten a day after the last one. */
	fail(key: string): Promise<void> {
		return this.store().recordFailure(`${this.name}:${key}`, 24 * 3_600_000);
	}

	reset(key: string): Promise<void> {
		return this.store().clearFailures(`${this.name}:${key}`);
	}
}

const SECOND = 1000;
/**
 * 100 tries at once, then one a second, per client address. Generous on purpose: a hall or an office
 * signs in from behind one address; guessing one account is slowed by the throttler below.
 */
export const loginAttemptsByIp = new TokenBucket('login-ip', 100, SECOND);
/** After repeated wrong passwords for one account: 0, 0, 0, 5 s, 15 s, 30 s, 60 s, then 5 min. */
export const loginFailuresByAccount = new Throttler('login-account', [
	0,
	0,
	0,
	5 * SECOND,
	15 * SECOND,
	30 * SECOND,
	60 * SECOND,
	300 * SECOND
]);
/** Reset codes typed back, per client address: 10 at once, then one a minute (a guess costs a minute). */
export const resetRedeemsByIp = new TokenBucket('reset-ip', 10, 60 * SECOND);
/** Codes an organizer or admin issues: 20 at once, then one every 10 s. */
export const resetIssuesByActor = new TokenBucket('reset-issue', 20, 10 * SECOND);
/** Reset e-mails asked for: per client address 5 at once then one a minute; per address asked, one a minute after 3. */
export const resetMailsByIp = new TokenBucket('reset-mail-ip', 5, 60 * SECOND);
export const resetMailsByEmail = new TokenBucket('reset-mail-email', 3, 60 * SECOND);

/**
 * Self-registrations per client address: a hall of 300 registering together from behind one address
 * passes, then one every 20 s (180 an hour). Made-up accounts would decide participation prizes.
 */
export const registrationsByIp = new TokenBucket('register-ip', 300, 20 * SECOND);
