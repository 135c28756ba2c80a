import { and, eq, gt } from 'drizzle-orm';
import { mayWatchBoard, submissionsPerMinute } from '$lib/contests/board';
import type { LeaderboardSnapshot } from '$lib/realtime/events';
import type { ScopedUser } from '$lib/auth/scope';
import { db, type Db } from '$lib/server/db';
import { attempt, contest, round, unit } from '$lib/server/db/schema';
import { fail, handle } from '$lib/server/realtime/handle';
import { ioServer, type AppSocket } from '$lib/server/realtime/server';
import { roundRanking, unitStandings } from './contests';

const TOP = 50;
const TOP_UNITS = 10;
const PER_MINUTE_WINDOW = 10;
/** A burst of submissions becomes at most one recomputation and one broadcast per window. */
const THROTTLE_MS = 500;
const boardRoom = (roundId: number) => `round:${roundId}:board`;

export async function leaderboardSnapshot(database: Db, roundId: number, now = new Date()): Promise<LeaderboardSnapshot> {
	const since = new Date(now.getTime() - PER_MINUTE_WINDOW * 60_000);
	const [[{ closesAt }], { ranked, allCorrect, questionCount }, units, recent] = await Promise.all([
		database.select({ closesAt: round.closesAt }).from(round).where(eq(round.id, roundId)),
		roundRanking(database, roundId),
		unitStandings(database, roundId),
		database
			.select({ submittedAt: attempt.submittedAt })
			.from(attempt)
			.where(and(eq(attempt.roundId, roundId), gt(attempt.submittedAt, since)))
	]);
	return {
		roundId,
		at: now.toISOString(),
		final: now >= closesAt,
		participants: ranked.length,
		allCorrect,
		questionCount,
		perMinute: submissionsPerMinute(
			recent.map((r) => r.submittedAt!),
			now,
			PER_MINUTE_WINDOW
		),
		units: units.byParticipants
			.slice(0, TOP_UNITS)
			.map((u) => ({ rank: u.rank, name: u.name, participants: u.participants, rate: u.rate })),
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

/** Whether this person (or nobody, on an anonymous socket or page) may see the round's board; null if no such round. */
export async function boardAccess(database: Db, roundId: number, user: ScopedUser | null) {
	const [found] = await database
		.select({
			contestId: contest.id,
			contestTitle: contest.title,
			roundName: round.name,
			leaderboardPublic: contest.leaderboardPublic,
			scopePath: unit.path,
			organizerUnitId: contest.organizerUnitId
		})
		.from(round)
		.innerJoin(contest, eq(contest.id, round.contestId))
		.innerJoin(unit, eq(unit.id, contest.scopeUnitId))
		.where(eq(round.id, roundId));
	if (!found) return null;
	const [organizer] = await database.select({ path: unit.path }).from(unit).where(eq(unit.id, found.organizerUnitId));
	const allowed = mayWatchBoard(user, {
		leaderboardPublic: found.leaderboardPublic,
		organizerPath: organizer.path,
		scopePath: found.scopePath
	});
	return { ...found, allowed };
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

/** Watching a board: open to anonymous sockets for public boards, else as `mayWatchBoard` says. */
export function registerLeaderboardEvents(socket: AppSocket): void {
	handle(socket, 'leaderboard:watch', async (roundId) => {
		const access = await boardAccess(db(), roundId, socket.data.user);
		if (!access) return fail('errors.notFound');
		if (!access.allowed) return fail('errors.forbidden');
		await socket.join(boardRoom(roundId));
		return { ok: true, data: await leaderboardSnapshot(db(), roundId) };
	});
}
