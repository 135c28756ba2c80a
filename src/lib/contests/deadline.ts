/**
 * Deadlines by the server's clock only: the browser's countdown is a display, never the judge.
 *
 * Boundaries, chosen once for all callers:
 * - an answer received exactly at the deadline is accepted; one millisecond later is late;
 * - a round is open from `opensAt` inclusive to `closesAt` exclusive: at `closesAt` no attempt may start,
 *   since it would have no time at all, while an answer of a running attempt received at that instant
 *   still counts (its deadline is at most `closesAt`).
 */

/**
 * When an attempt must be in: its time limit from the start, cut short by the round's close.
 * A limit of Infinity means only the close counts; a negative limit counts as none.
 */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number, roundClosesAt: Date): Date {
	const byLimit = startedAt.getTime() + Math.max(0, timeLimitSeconds) * 1000;
	return new Date(Math.min(byLimit, roundClosesAt.getTime()));
}

/** Milliseconds left for a countdown; never negative. */
export function remainingMs(deadline: Date, now: Date): number {
	return Math.max(0, deadline.getTime() - now.getTime());
}

/**
 * Whether an answer came in after the deadline. `graceMs` absorbs network delay of a submit sent in
 * time: the round decides how much, default none.
 */
export function isLate(deadline: Date, receivedAt: Date, graceMs = 0): boolean {
	return receivedAt.getTime() > deadline.getTime() + Math.max(0, graceMs);
}

export type RoundState = 'upcoming' | 'open' | 'closed';

export function roundState(opensAt: Date, closesAt: Date, now: Date): RoundState {
	const t = now.getTime();
	if (t < opensAt.getTime()) return 'upcoming';
	return t < closesAt.getTime() ? 'open' : 'closed';
}
