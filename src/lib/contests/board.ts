import { managesUnit, type ScopedUser } from '$lib/auth/scope';
import { isWithin } from '$lib/units/tree';

export interface BoardContest {
	leaderboardPublic: boolean;
	organizerPath: string;
	scopePath: string;
}

/**
 * Who may watch a round's live board: anyone when the contest made it public; otherwise a signed-in
 * person the contest is for (its scope) or one who runs it.
 */
export function mayWatchBoard(user: ScopedUser | null, contest: BoardContest): boolean {
	if (contest.leaderboardPublic) return true;
	if (!user) return false;
	return managesUnit(user, contest.organizerPath) || isWithin(user.unitPath, contest.scopePath);
}

const MINUTE = 60_000;

/** Submissions in each of the last `minutes` whole minutes before `now`, oldest first, the running minute last. */
export function submissionsPerMinute(submittedAt: readonly Date[], now: Date, minutes = 10): number[] {
	const counts = new Array<number>(minutes).fill(0);
	const currentMinute = Math.floor(now.getTime() / MINUTE);
	for (const at of submittedAt) {
		const age = currentMinute - Math.floor(at.getTime() / MINUTE);
		if (age >= 0 && age < minutes) counts[minutes - 1 - age]++;
	}
	return counts;
}
