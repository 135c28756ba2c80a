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
 * A later close or extra minutes granted to one participant, or to everyone of a unit (Moodle's user
 * and group overrides), each with a reason kept beside it.
 */
export interface DeadlineOverride {
	closesAt: Date | null;
	extraSeconds: number;
}

/**
 * The override that applies to a participant: their own when they have one (it was given to them by
 * name), otherwise the most generous of their units' (the latest close, the most minutes).
 */
export function applicableOverride(personal: DeadlineOverride | null, units: readonly DeadlineOverride[]): DeadlineOverride | null {
	if (personal) return personal;
	if (units.length === 0) return null;
	const closes = units.flatMap((o) => (o.closesAt ? [o.closesAt.getTime()] : []));
	return {
		closesAt: closes.length ? new Date(Math.max(...closes)) : null,
		extraSeconds: Math.max(0, ...units.map((o) => o.extraSeconds))
	};
}

/** When the round closes for this participant: a granted later close, never an earlier one. */
export function closesAtFor(roundClosesAt: Date, override: DeadlineOverride | null = null): Date {
	const granted = override?.closesAt?.getTime() ?? 0;
	return new Date(Math.max(roundClosesAt.getTime(), granted));
}

/**
 * When an attempt must be in: its time limit (plus any extra minutes granted) from the start, cut short
 * by the round's close (or the later close granted). A limit of Infinity means only the close counts; a
 * negative limit counts as none.
 */
export function attemptDeadline(
	startedAt: Date,
	timeLimitSeconds: number,
	roundClosesAt: Date,
	override: DeadlineOverride | null = null
): Date {
	const seconds = Math.max(0, timeLimitSeconds) + Math.max(0, override?.extraSeconds ?? 0);
	const byLimit = startedAt.getTime() + seconds * 1000;
	return new Date(Math.min(byLimit, closesAtFor(roundClosesAt, override).getTime()));
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
