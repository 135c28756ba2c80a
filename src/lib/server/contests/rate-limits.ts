import { AppError } from '$lib/errors';
import { TokenBucket } from '$lib/server/auth/rate-limit';
import { toJson } from '$lib/server/errors';

/**
 * Per-participant limits on an attempt's requests. A person taps a few answers a second at most;
 * a script hammering the server does not get further than that.
 */
const SECOND = 1000;
/** Answer saves (and focus reports): a burst of 30, then 5 a second. */
export const attemptWrites = new TokenBucket<string>(30, SECOND / 5);
/** Starts and submits: a burst of 10, then one every 3 s. */
export const attemptCommands = new TokenBucket<string>(10, 3 * SECOND);

/** The 429 a fetch gets when over the limit, telling the client when to retry; null when allowed. */
export function tooFast(bucket: TokenBucket<string>, userId: string): Response | null {
	const waitMs = bucket.consume(userId);
	if (waitMs === 0) return null;
	return toJson(new AppError('contest.tooFast', { status: 429 }), { headers: { 'retry-after': String(Math.ceil(waitMs / SECOND)) } });
}
