import { eq } from 'drizzle-orm';
import { awardPrizes, type Prize } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { round } from '$lib/server/db/schema';
import { roundRanking, unitStandings } from './contests';

/**
 * What a round's results documents (the .xlsx export, the winners list, the certificates) are built
 * from: the ranking, each participant's prize, and the two collective rankings of units.
 */
export async function roundPrizeResults(db: Db, roundId: number) {
	const [[r], { ranked, allCorrect, questionCount }, units] = await Promise.all([
		db.select({ prizes: round.prizes }).from(round).where(eq(round.id, roundId)),
		roundRanking(db, roundId),
		unitStandings(db, roundId)
	]);
	const prizes: Map<string, Prize> = r ? awardPrizes(ranked, r.prizes) : new Map();
	return { ranked, allCorrect, questionCount, prizes, units };
}
