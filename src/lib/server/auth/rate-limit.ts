/**
 * In-memory limits for one node (after lucia-auth's SvelteKit example). A refilling token bucket caps
 * how often one IP may try; an escalating throttler slows guessing against one account.
 */
export type Clock = () => number;

export class TokenBucket<Key> {
	private readonly buckets = new Map<Key, { tokens: number; refilledAt: number }>();

	constructor(
		private readonly max: number,
		private readonly refillIntervalMs: number,
		private readonly now: Clock = Date.now
	) {}

	/** Takes one token; returns 0 when allowed, else the milliseconds until the next token. */
	consume(key: Key): number {
		const now = this.now();
		const bucket = this.buckets.get(key) ?? { tokens: this.max, refilledAt: now };
		const refill = Math.floor((now - bucket.refilledAt) / this.refillIntervalMs);
		bucket.tokens = Math.min(this.max, bucket.tokens + refill);
		bucket.refilledAt += refill * this.refillIntervalMs;
		if (bucket.tokens < 1) {
			this.buckets.set(key, bucket);
			return bucket.refilledAt + this.refillIntervalMs - now;
		}
		bucket.tokens -= 1;
		this.buckets.set(key, bucket);
		return 0;
	}
}

export class Throttler<Key> {
	private readonly counters = new Map<Key, { failures: number; lastAt: number }>();

	/** `delaysMs[i]` is the wait imposed after i + 1 consecutive failures. */
	constructor(
		private readonly delaysMs: readonly number[],
		private readonly now: Clock = Date.now
	) {}

	/** Milliseconds the caller must still wait before another attempt (0: go ahead). */
	waitMs(key: Key): number {
		const counter = this.counters.get(key);
		if (!counter || counter.failures === 0) return 0;
		const delay = this.delaysMs[Math.min(counter.failures, this.delaysMs.length) - 1];
		return Math.max(0, counter.lastAt + delay - this.now());
	}

	fail(key: Key): void {
		const counter = this.counters.get(key) ?? { failures: 0, lastAt: 0 };
		this.counters.set(key, { failures: counter.failures + 1, lastAt: this.now() });
	}

	reset(key: Key): void {
		this.counters.delete(key);
	}
}

const SECOND = 1000;
/**
 * 100 tries at once, then one a second, per client address. Generous on purpose: a hall or an office
 * signs in from behind one address; guessing one account is slowed by the throttler below.
 */
export const loginAttemptsByIp = new TokenBucket<string>(100, SECOND);
/** After repeated wrong passwords for one account: 0, 0, 0, 5 s, 15 s, 30 s, 60 s, then 5 min. */
export const loginFailuresByAccount = new Throttler<string>([0, 0, 0, 5 * SECOND, 15 * SECOND, 30 * SECOND, 60 * SECOND, 300 * SECOND]);
