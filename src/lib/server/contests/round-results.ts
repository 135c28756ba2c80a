/**
 * Reading a round's results. Every reader first closes the attempts whose time is up, so that they
 * count as submitted before anyone sees the ranking, the board, a document or an export.
 */
import { eq } from 'drizzle-orm';
import type { LeaderboardSnapshot } from '$lib/realtime/events';
import { awardPrizes, type Prize } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { round } from '$lib/server/db/schema';
import { closeExpiredAttempts } from './attempt-commands';
import { roundRanking, unitStandings } from './contests';
import { leaderboardSnapshot } from './leaderboard';

/**
 * What a round's results documents (the .xlsx export, the winners list, the certificates) are built
 * from: the ranking, each participant's prize, and the two collective rankings of units.
 */
export async function roundPrizeResults(db: Db, roundId: number) {
	await closeExpiredAttempts(db, roundId);
	const [[r], { ranked, allCorrect, questionCount }, units] = await Promise.all([
		db.select({ prizes: round.prizes }).from(round).where(eq(round.id, roundId)),
		roundRanking(db, roundId),
		unitStandings(db, roundId)
	]);
	const prizes: Map<string, Prize> = r ? awardPrizes(ranked, r.prizes) : new Map();
	return { ranked, allCorrect, questionCount, prizes, units };
}

export interface FocusLoss {
	fullName: string;
	unitName: string;
	focusLosses: number;
}

/**
 * The organizer's page of a round: its board, and who left the attempt's tab, most often first
 * (only where the round tracks it; null otherwise).
 */
export async function roundOverview(
	db: Db,
	r: { id: number; trackFocus: boolean }
): Promise<{ board: LeaderboardSnapshot; focusLosses: FocusLoss[] | null }> {
	await closeExpiredAttempts(db, r.id);
	const [board, ranking] = await Promise.all([leaderboardSnapshot(db, r.id), r.trackFocus ? roundRanking(db, r.id) : null]);
	const focusLosses =
		ranking &&
		ranking.ranked
			.filter((entry) => entry.focusLosses > 0)
			.sort((a, b) => b.focusLosses - a.focusLosses)
			.map(({ fullName, unitName, focusLosses }) => ({ fullName, unitName, focusLosses }));
	return { board, focusLosses };
}
