/**
 * The organizer's home: the rounds open now in contests they run (with today's participants and
 * submissions), the rounds opening in the coming week, and their units' plan tasks that are overdue.
 */
import { and, asc, eq, gt, gte, isNull, like, lte, sql } from 'drizzle-orm';
import { scopePath, type ScopedUser } from '$lib/auth/scope';
import { vietnamDate } from '$lib/plans/periods';
import type { Db } from '$lib/server/db';
import { attempt, contest, round, unit } from '$lib/server/db/schema';
import { taskBoard } from '$lib/server/plans/progress';

const SOON_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/** Midnight of today in Vietnam (UTC+7 all year). */
const vietnamMidnight = (now: Date) => new Date(`${vietnamDate(now)}T00:00:00+07:00`);

export async function organizerDesk(db: Db, organizer: ScopedUser, now = new Date()) {
	const within = scopePath(organizer);
	const rounds = (where: ReturnType<typeof and>) =>
		db
			.select({
				roundId: round.id,
				name: round.name,
				contestId: contest.id,
				contestTitle: contest.title,
				contestStatus: contest.status,
				opensAt: round.opensAt,
				closesAt: round.closesAt
			})
			.from(round)
			.innerJoin(contest, eq(contest.id, round.contestId))
			.innerJoin(unit, eq(unit.id, contest.organizerUnitId))
			.where(and(where, eq(round.kind, 'online'), isNull(round.archivedAt), within ? like(unit.path, `${within}%`) : undefined))
			.orderBy(asc(round.closesAt));
	const since = vietnamMidnight(now);
	const [open, soon, tasks] = await Promise.all([
		rounds(and(lte(round.opensAt, now), gt(round.closesAt, now))),
		rounds(and(gt(round.opensAt, now), lte(round.opensAt, new Date(now.getTime() + SOON_DAYS * DAY)))),
		taskBoard(db, { unitPath: within, year: Number(vietnamDate(now).slice(0, 4)), today: vietnamDate(now) })
	]);
	const today = await Promise.all(
		open.map(async (r) => {
			const [counts] = await db
				.select({
					participants: sql<number>`count(distinct ${attempt.userId})::int`,
					submissions: sql<number>`count(${attempt.submittedAt}) filter (where ${attempt.submittedAt} >= ${since.toISOString()}::timestamptz)::int`
				})
				.from(attempt)
				.where(and(eq(attempt.roundId, r.roundId), gte(attempt.startedAt, since)));
			return { ...r, ...counts };
		})
	);
	return { open: today, soon, overdue: tasks.filter((task) => task.status === 'overdue') };
}
