import { and, asc, desc, eq, isNotNull, isNull, like, lte, gt, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors';
import { countingAttempts, type CountingMode } from '$lib/contests/counting';
import type { Blueprint } from '$lib/contests/draw';
import { countAllCorrect, rankEntries, rankUnits, type PrizeCounts, type RankedEntry, type RankedUnit } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { attempt, contest, round, unit, user, type ShowAnswers } from '$lib/server/db/schema';

export interface ContestInput {
	title: string;
	rules: string;
	organizerUnitId: number;
	scopeUnitId: number;
	leaderboardPublic: boolean;
}

export async function createContest(db: Db, input: ContestInput, createdBy: string): Promise<number> {
	const [created] = await db
		.insert(contest)
		.values({ ...input, createdBy })
		.returning({ id: contest.id });
	return created.id;
}

/** Saves an edit made from the form loaded at `revision`; an older form's save is refused. */
export async function updateContest(db: Db, id: number, revision: number, input: Omit<ContestInput, 'organizerUnitId'>): Promise<void> {
	const updated = await db
		.update(contest)
		.set({ ...input, revision: sql`${contest.revision} + 1` })
		.where(and(eq(contest.id, id), eq(contest.revision, revision)))
		.returning({ id: contest.id });
	if (updated.length === 0) throw new AppError('contest.staleEdit', { status: 409 });
}

/** Deletes a contest none of whose rounds has an attempt; otherwise it can only be archived. */
export async function deleteContest(db: Db, id: number): Promise<void> {
	await db.transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(attempt)
			.innerJoin(round, eq(round.id, attempt.roundId))
			.where(eq(round.contestId, id));
		if (n > 0) throw new AppError('contest.contestHasAttempts', { status: 409 });
		await tx.delete(contest).where(eq(contest.id, id));
	});
}

/** Archived: closed to participants, kept with its results, marked in the organizer's list. */
export async function archiveContest(db: Db, id: number): Promise<void> {
	await db.update(contest).set({ archivedAt: new Date(), status: 'closed' }).where(eq(contest.id, id));
}

export async function setContestStatus(db: Db, id: number, status: 'draft' | 'open' | 'closed'): Promise<void> {
	await db.update(contest).set({ status }).where(eq(contest.id, id));
}

export interface RoundInput {
	name: string;
	bankId: number;
	opensAt: Date;
	closesAt: Date;
	timeLimitSeconds: number;
	blueprint: Blueprint;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	attemptsAllowed: number;
	countingAttempt: CountingMode;
	showAnswers: ShowAnswers;
	predictionEnabled: boolean;
	/** Defaults: all questions on one page, focus not tracked. */
	oneQuestionPerScreen?: boolean;
	trackFocus?: boolean;
	prizes: PrizeCounts;
}

export async function createRound(db: Db, contestId: number, input: RoundInput): Promise<number> {
	const [created] = await db
		.insert(round)
		.values({ contestId, ...input })
		.returning({ id: round.id });
	return created.id;
}

export async function getContest(db: Db, id: number) {
	const [found] = await db
		.select({ contest, organizerPath: unit.path, organizerName: unit.name })
		.from(contest)
		.innerJoin(unit, eq(unit.id, contest.organizerUnitId))
		.where(eq(contest.id, id));
	return found ?? null;
}

export function listRounds(db: Db, contestId: number) {
	return db.select().from(round).where(eq(round.contestId, contestId)).orderBy(asc(round.opensAt));
}

/** Contests an organizer's unit subtree runs (all for an admin), newest first. */
export function contestsRunBy(db: Db, unitPath: string | null) {
	const query = db
		.select({ id: contest.id, title: contest.title, status: contest.status, archivedAt: contest.archivedAt, organizerName: unit.name })
		.from(contest)
		.innerJoin(unit, eq(unit.id, contest.organizerUnitId))
		.orderBy(desc(contest.id));
	return unitPath ? query.where(like(unit.path, `${unitPath}%`)) : query;
}

/**
 * Rounds a participant may take now: the contest is open, its scope covers the participant's unit,
 * and the round's window contains this instant.
 */
export async function openRoundsFor(db: Db, unitPath: string, now = new Date()) {
	const rows = await db
		.select({
			roundId: round.id,
			roundName: round.name,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			attemptsAllowed: round.attemptsAllowed,
			timeLimitSeconds: round.timeLimitSeconds,
			contestId: contest.id,
			contestTitle: contest.title,
			scopePath: unit.path
		})
		.from(round)
		.innerJoin(contest, eq(contest.id, round.contestId))
		.innerJoin(unit, eq(unit.id, contest.scopeUnitId))
		.where(
			and(eq(contest.status, 'open'), eq(round.kind, 'online'), isNull(round.archivedAt), lte(round.opensAt, now), gt(round.closesAt, now))
		)
		.orderBy(asc(round.closesAt));
	return rows.filter((r) => unitPath.startsWith(r.scopePath));
}

export interface ResultRow {
	participantId: string;
	/** The attempt that counts for the participant (best, first or last). */
	attemptId: number;
	fullName: string;
	unitName: string;
	correctCount: number;
	score: number;
	prediction: number | null;
	durationMs: number;
	startedAt: Date;
	submittedAt: Date;
	/** Times the participant left the attempt's tab (counted only where the round tracks it). */
	focusLosses: number;
}

/**
 * The round's ranking from submitted attempts, one per participant (best, first or last as the round
 * says), tie-broken the Vietnamese way: correct answers, prediction, duration, submission time.
 */
export async function roundRanking(
	db: Db,
	roundId: number
): Promise<{ ranked: RankedEntry<ResultRow>[]; allCorrect: number; questionCount: number }> {
	const [r] = await db.select().from(round).where(eq(round.id, roundId));
	if (!r) return { ranked: [], allCorrect: 0, questionCount: 0 };
	const questionCount = r.blueprint.reduce((sum, line) => sum + line.count, 0);
	const rows = await db
		.select({
			participantId: user.id,
			attemptId: attempt.id,
			attemptNo: attempt.attemptNo,
			fullName: user.fullName,
			unitName: unit.name,
			correctCount: attempt.correctCount,
			score: attempt.score,
			prediction: attempt.prediction,
			durationMs: attempt.durationMs,
			startedAt: attempt.startedAt,
			submittedAt: attempt.submittedAt,
			focusLosses: attempt.focusLosses
		})
		.from(attempt)
		.innerJoin(user, eq(user.id, attempt.userId))
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(and(eq(attempt.roundId, roundId), isNotNull(attempt.submittedAt)))
		.orderBy(asc(attempt.attemptNo));
	const submitted = rows.map((row) => ({ ...row, correctCount: row.correctCount ?? 0, durationMs: row.durationMs ?? 0 }));
	const entries: ResultRow[] = countingAttempts(submitted, r.countingAttempt).map((row) => ({
		participantId: row.participantId,
		attemptId: row.attemptId,
		fullName: row.fullName,
		unitName: row.unitName,
		correctCount: row.correctCount,
		score: row.score ?? 0,
		prediction: row.prediction,
		durationMs: row.durationMs,
		startedAt: row.startedAt,
		submittedAt: row.submittedAt!,
		focusLosses: row.focusLosses
	}));
	const allCorrect = countAllCorrect(entries, questionCount);
	return { ranked: rankEntries(entries, { actualAllCorrect: allCorrect }), allCorrect, questionCount };
}

export type UnitStanding = RankedUnit & { name: string };

/**
 * Units by the people who submitted in the round, with participation rates (people / headcount):
 * the collective prizes' two rankings.
 */
export async function unitStandings(db: Db, roundId: number): Promise<{ byParticipants: UnitStanding[]; byRate: UnitStanding[] }> {
	const rows = await db
		.select({
			unitId: unit.id,
			name: unit.name,
			headcount: unit.headcount,
			participants: sql<number>`count(distinct ${attempt.userId})::int`
		})
		.from(attempt)
		.innerJoin(user, eq(user.id, attempt.userId))
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(and(eq(attempt.roundId, roundId), isNotNull(attempt.submittedAt)))
		.groupBy(unit.id, unit.name, unit.headcount);
	const nameOf = new Map(rows.map((u) => [u.unitId, u.name]));
	const named = (list: RankedUnit[]) => list.map((u) => ({ ...u, name: nameOf.get(u.unitId) ?? '' }));
	const { byParticipants, byRate } = rankUnits(rows);
	return { byParticipants: named(byParticipants), byRate: named(byRate) };
}
