/**
 * Contest results rolled into a plan task's report: what the contests linked to the task produced in
 * a period, read from the results model (rounds, attempts, rankings, prizes), never typed in again.
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { TopicFacility } from '$lib/contests/item-statistics';
import { awardPrizes, rankUnits, type RankedUnit } from '$lib/contests/ranking';
import { scoreBands, weakTopics, type AskedQuestion, type ScoreBand } from '$lib/plans/contest-results';
import { periodInstants, type Period } from '$lib/plans/periods';
import type { Db } from '$lib/server/db';
import {
	answer,
	attempt,
	attemptQuestion,
	contest,
	livePlayer,
	planTask,
	question,
	questionVersion,
	round,
	topic,
	unit,
	user
} from '$lib/server/db/schema';
import { roundRanking } from '$lib/server/contests/contests';
import { liveRoundStandings } from '$lib/server/live/results';
import { PlanError } from './plans';

/** Links a contest to the plan task it carries out, or unlinks it (null). */
export async function linkContestToTask(db: Db, contestId: number, taskId: number | null): Promise<void> {
	if (taskId !== null) {
		const [task] = await db.select({ id: planTask.id }).from(planTask).where(eq(planTask.id, taskId));
		if (!task) throw new PlanError('plans.taskNotFound');
	}
	await db.update(contest).set({ planTaskId: taskId }).where(eq(contest.id, contestId));
}

export interface RoundRollIn {
	roundId: number;
	contestId: number;
	name: string;
	opensAt: Date;
	closesAt: Date;
	/** People with a submitted attempt, and submitted attempts. */
	participants: number;
	attempts: number;
	prizeWinners: number;
}

export interface ContestRollIn {
	contests: { id: number; title: string }[];
	rounds: RoundRollIn[];
	roundsHeld: number;
	/** Distinct people over all the period's rounds. */
	participants: number;
	attempts: number;
	/** Units by people taking part (each person once, whatever the rounds), with participation rates. */
	units: (RankedUnit & { name: string })[];
	/** Prizes awarded, summed over rounds (one person winning in two rounds counts twice). */
	prizeWinners: number;
	/** Mean score and mean share of correct answers of the attempts that count, one per person and round. */
	averageScore: number | null;
	averageCorrectRate: number | null;
	/** Every topic asked, by the share of right answers to its questions, weakest first. */
	weakestTopics: TopicFacility[];
	/** The counting attempts by their share of right answers, in bands of 10 %. */
	scoreBands: ScoreBand[];
}

/**
 * Every question the rounds put to someone, with how often it was asked and answered right: one query
 * whatever the rounds. An online attempt was asked the questions it drew (one left blank counts as not
 * right). On stage only some players take a question (the buzzer's first hands, the về đích
 * contestant, those still in at rung chuông vàng, those who had joined by then), so a live question
 * counts the players it was graded for, from their answer rows. Every submitted attempt counts, not
 * only the one that ranks: a topic missed at a first try is a weak topic too. An answer still
 * ungraded (a game ended on an open question) counts for nothing.
 */
async function askedQuestions(db: Db, roundIds: number[]): Promise<AskedQuestion[]> {
	if (roundIds.length === 0) return [];
	const submittedIn = and(inArray(attempt.roundId, roundIds), isNotNull(attempt.submittedAt));
	const drawnOnline = db
		.select({ attemptId: attemptQuestion.attemptId, versionId: attemptQuestion.versionId })
		.from(attemptQuestion)
		.innerJoin(attempt, eq(attempt.id, attemptQuestion.attemptId))
		.where(submittedIn);
	const askedLive = db
		.select({ attemptId: answer.attemptId, versionId: answer.versionId })
		.from(answer)
		.innerJoin(attempt, eq(attempt.id, answer.attemptId))
		.innerJoin(round, eq(round.id, attempt.roundId))
		.where(and(submittedIn, eq(round.kind, 'live'), isNotNull(answer.correct)));
	const drawn = drawnOnline.union(askedLive).as('drawn');
	return db
		.select({
			questionId: drawn.versionId,
			topic: topic.name,
			asked: sql<number>`count(*)::int`,
			right: sql<number>`(count(*) filter (where ${answer.correct}))::int`
		})
		.from(drawn)
		.leftJoin(answer, and(eq(answer.attemptId, drawn.attemptId), eq(answer.versionId, drawn.versionId)))
		.innerJoin(questionVersion, eq(questionVersion.id, drawn.versionId))
		.innerJoin(question, eq(question.id, questionVersion.questionId))
		.leftJoin(topic, eq(topic.id, question.topicId))
		.where(or(isNull(answer.attemptId), isNotNull(answer.correct)))
		.groupBy(drawn.versionId, topic.name);
}

/**
 * The submitted attempts of the rounds, each with its person and unit. A person is their account; a live
 * game's guest is their seat in that game.
 */
async function submittedIn(db: Db, roundIds: number[]): Promise<{ roundId: number; userId: string; unitId: number | null }[]> {
	if (roundIds.length === 0) return [];
	const rows = await db
		.select({
			roundId: attempt.roundId,
			userId: attempt.userId,
			playerId: livePlayer.id,
			unitId: sql<number | null>`coalesce(${user.unitId}, ${livePlayer.unitId})`
		})
		.from(attempt)
		.leftJoin(user, eq(user.id, attempt.userId))
		.leftJoin(livePlayer, eq(livePlayer.attemptId, attempt.id))
		.where(and(inArray(attempt.roundId, roundIds), isNotNull(attempt.submittedAt)));
	return rows.map((a) => ({ roundId: a.roundId, userId: a.userId ?? `guest:${a.playerId}`, unitId: a.unitId }));
}

/**
 * The period's figures of the contests linked to a task. A round belongs to the period it opens in
 * (Vietnam's calendar) and counts once it has opened by `now`.
 */
export const contestRollIn = (db: Db, taskId: number, period: Period, now = new Date()): Promise<ContestRollIn> =>
	contestsRollIn(db, [taskId], period, now);

/**
 * The same figures over the contests linked to any of several tasks (a report's), so that a person
 * taking part in two of them is one participant, not two.
 */
export async function contestsRollIn(db: Db, taskIds: number[], period: Period, now = new Date()): Promise<ContestRollIn> {
	const contests = taskIds.length
		? await db
				.select({ id: contest.id, title: contest.title })
				.from(contest)
				.where(inArray(contest.planTaskId, taskIds))
				.orderBy(asc(contest.id))
		: [];
	const { from, until } = periodInstants(period);
	const rounds = contests.length
		? await db
				.select()
				.from(round)
				.where(
					and(
						inArray(
							round.contestId,
							contests.map((c) => c.id)
						),
						gte(round.opensAt, from),
						lt(round.opensAt, until),
						lte(round.opensAt, now)
					)
				)
				.orderBy(asc(round.opensAt), asc(round.id))
		: [];
	const roundIds = rounds.map((r) => r.id);
	// The rounds' attempts, their rankings and the questions asked: reads that need only the rounds.
	const [submitted, standings, asked] = await Promise.all([
		submittedIn(db, roundIds),
		Promise.all(rounds.map((r) => (r.kind === 'live' ? liveRoundStandings(db, r.id) : roundRanking(db, r.id)))),
		askedQuestions(db, roundIds)
	]);

	const perRound: RoundRollIn[] = [];
	const counted: { score: number; correct: number; of: number }[] = [];
	for (const [i, r] of rounds.entries()) {
		const { ranked, questionCount } = standings[i];
		const ofRound = submitted.filter((a) => a.roundId === r.id);
		perRound.push({
			roundId: r.id,
			contestId: r.contestId,
			name: r.name,
			opensAt: r.opensAt,
			closesAt: r.closesAt,
			participants: new Set(ofRound.map((a) => a.userId)).size,
			attempts: ofRound.length,
			prizeWinners: awardPrizes(ranked, r.prizes).size
		});
		for (const entry of ranked) counted.push({ score: entry.score, correct: entry.correctCount, of: questionCount });
	}

	const people = new Map(submitted.map((a) => [a.userId, a.unitId]));
	const perUnit = new Map<number, number>();
	// Guests who gave no unit count as participants but in no unit's rate.
	for (const unitId of people.values()) if (unitId !== null) perUnit.set(unitId, (perUnit.get(unitId) ?? 0) + 1);
	const unitRows = perUnit.size
		? await db
				.select({ unitId: unit.id, name: unit.name, headcount: unit.headcount })
				.from(unit)
				.where(inArray(unit.id, [...perUnit.keys()]))
		: [];
	const nameOf = new Map(unitRows.map((u) => [u.unitId, u.name]));
	const { byParticipants } = rankUnits(
		unitRows.map((u) => ({ unitId: u.unitId, headcount: u.headcount, participants: perUnit.get(u.unitId)! }))
	);
	const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

	return {
		contests,
		rounds: perRound,
		roundsHeld: perRound.length,
		participants: people.size,
		attempts: submitted.length,
		units: byParticipants.map((u) => ({ ...u, name: nameOf.get(u.unitId) ?? '' })),
		prizeWinners: perRound.reduce((sum, r) => sum + r.prizeWinners, 0),
		averageScore: mean(counted.map((c) => c.score)),
		averageCorrectRate: mean(counted.map((c) => (c.of > 0 ? c.correct / c.of : 0))),
		weakestTopics: weakTopics(asked),
		scoreBands: scoreBands(counted)
	};
}
