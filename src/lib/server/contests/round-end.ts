/**
 * Ending an open round now, from its page: the round's close becomes this instant on the server's
 * clock, and so does every later close granted by an override (the override and its reason stay, for
 * the record). Running attempts get that deadline; the expired-attempt path submits them with what was
 * saved as soon as anyone reads the results, and from then on the ranking is final.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import { roundState } from '$lib/contests/deadline';
import { AppError } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { round, roundOverride } from '$lib/server/db/schema';
import { scheduleLeaderboardUpdate } from './leaderboard';
import { refreshDeadlines } from './overrides';

/** Ends the round at `now`; refused unless it is open (not yet opened, or already closed). */
export async function endRoundNow(db: Db, roundId: number, now = new Date()): Promise<void> {
	await db.transaction(async (tx) => {
		const [current] = await tx
			.select({ opensAt: round.opensAt, closesAt: round.closesAt })
			.from(round)
			.where(eq(round.id, roundId))
			.for('update');
		if (!current) throw new AppError('errors.notFound', { status: 404 });
		if (roundState(current.opensAt, current.closesAt, now) !== 'open') throw new AppError('contest.roundNotOpen', { status: 409 });
		await tx
			.update(round)
			.set({ closesAt: now, revision: sql`${round.revision} + 1` })
			.where(eq(round.id, roundId));
		await tx
			.update(roundOverride)
			.set({ closesAt: now })
			.where(and(eq(roundOverride.roundId, roundId), gt(roundOverride.closesAt, now)));
		await refreshDeadlines(tx, roundId);
	});
	// The board turns final for those watching it.
	scheduleLeaderboardUpdate(roundId);
}
