import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { attempt, liveGame, livePlayer, unit } from '$lib/server/db/schema';

export interface LiveStanding {
	/** The player's seat: one person in one game, guest or account. */
	participantId: string;
	fullName: string;
	unitId: number | null;
	unitName: string;
	rank: number;
	score: number;
	correctCount: number;
	durationMs: number;
}

/** A finished live game's standings from the results model (the players' attempts), best first. */
export async function liveRoundStandings(db: Db, roundId: number): Promise<{ ranked: LiveStanding[]; questionCount: number }> {
	const [game] = await db.select({ config: liveGame.config }).from(liveGame).where(eq(liveGame.roundId, roundId));
	const rows = await db
		.select({
			participantId: livePlayer.id,
			fullName: livePlayer.name,
			unitId: livePlayer.unitId,
			unitName: unit.name,
			rank: attempt.liveRank,
			score: attempt.score,
			correctCount: attempt.correctCount,
			durationMs: attempt.durationMs
		})
		.from(attempt)
		.innerJoin(livePlayer, eq(livePlayer.attemptId, attempt.id))
		.leftJoin(unit, eq(unit.id, livePlayer.unitId))
		.where(and(eq(attempt.roundId, roundId), isNotNull(attempt.liveRank)))
		.orderBy(asc(attempt.liveRank), asc(attempt.id));
	return {
		ranked: rows.map((r) => ({
			...r,
			unitName: r.unitName ?? '',
			rank: r.rank!,
			score: r.score ?? 0,
			correctCount: r.correctCount ?? 0,
			durationMs: r.durationMs ?? 0
		})),
		questionCount: game ? game.config.segments.reduce((sum, s) => sum + s.questions.length, 0) : 0
	};
}
