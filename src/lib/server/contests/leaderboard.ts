import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { managesUnit } from '$lib/auth/scope';
import type { LeaderboardSnapshot } from '$lib/realtime/events';
import { db, type Db } from '$lib/server/db';
import { round } from '$lib/server/db/schema';
import { ioServer, type AppSocket } from '$lib/server/realtime/server';
import { getContest, roundRanking } from './contests';

const TOP = 50;
/** A burst of submissions becomes at most one recomputation and one broadcast per window. */
const THROTTLE_MS = 500;
const boardRoom = (roundId: number) => `round:${roundId}:board`;

export async function leaderboardSnapshot(database: Db, roundId: number): Promise<LeaderboardSnapshot> {
	const { ranked, allCorrect, questionCount } = await roundRanking(database, roundId);
	return {
		roundId,
		participants: ranked.length,
		allCorrect,
		questionCount,
		top: ranked.slice(0, TOP).map((r) => ({
			rank: r.rank,
			fullName: r.fullName,
			unitName: r.unitName,
			correctCount: r.correctCount,
			prediction: r.prediction,
			durationMs: r.durationMs
		}))
	};
}

const pending = new Map<number, ReturnType<typeof setTimeout>>();

/** Called after each submission: the round's watchers get a fresh board within THROTTLE_MS. */
export function scheduleLeaderboardUpdate(roundId: number): void {
	const server = ioServer();
	if (!server || pending.has(roundId)) return;
	pending.set(
		roundId,
		setTimeout(async () => {
			pending.delete(roundId);
			try {
				server.to(boardRoom(roundId)).emit('leaderboard:update', await leaderboardSnapshot(db(), roundId));
			} catch (error) {
				console.error('leaderboard update failed', error);
			}
		}, THROTTLE_MS)
	);
}

/** Organizers of the contest's unit subtree (and admins) may watch a round's board live. */
export function registerLeaderboardEvents(socket: AppSocket): void {
	socket.on('leaderboard:watch', async (roundId, ack) => {
		if (typeof ack !== 'function') return;
		const { user } = socket.data;
		if (user.role !== 'admin' && user.role !== 'organizer') return ack({ ok: false, error: 'errors.forbidden' });
		const id = z.number().int().positive().max(2 ** 31 - 1).safeParse(roundId);
		if (!id.success) return ack({ ok: false, error: 'errors.notFound' });
		try {
			const [r] = await db().select({ contestId: round.contestId }).from(round).where(eq(round.id, id.data));
			const found = r ? await getContest(db(), r.contestId) : null;
			if (!found || !managesUnit(user, found.organizerPath)) return ack({ ok: false, error: 'errors.forbidden' });
			await socket.join(boardRoom(id.data));
			ack({ ok: true, data: await leaderboardSnapshot(db(), id.data) });
		} catch (error) {
			console.error('leaderboard:watch failed', error);
			ack({ ok: false, error: 'errors.unexpected' });
		}
	});
}
