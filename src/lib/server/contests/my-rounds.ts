/**
 * A participant's own view of the rounds open to them: their state in each (`$lib/contests/my-round`),
 * their rank and their unit's standing once submitted. Only reads, except that a final ranking first closes
 * the attempts whose time ran out, as every reader of results does.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { myRoundState, nextOpening, type MyAttempt, type MyRoundState, type MyStanding } from '$lib/contests/my-round';
import { placeOf, rankingIsFinal } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { attempt, contest, round, unit } from '$lib/server/db/schema';
import { closeExpiredAttempts } from './attempt-commands';
import { roundRanking, unitStandings } from './contests';

export interface Participant {
	id: string;
	unitId: number;
	unitPath: string;
}

/** My rank in the round (by the attempt that counts) and my unit's; null before I have submitted. */
export async function myStanding(db: Db, roundId: number, me: Participant, now = new Date()): Promise<MyStanding | null> {
	const [r] = await db.select({ closesAt: round.closesAt }).from(round).where(eq(round.id, roundId));
	if (!r) return null;
	const final = rankingIsFinal(r.closesAt, now);
	// A final ranking counts every attempt, those whose time ran out unsubmitted included.
	if (final) await closeExpiredAttempts(db, roundId, now);
	const [{ ranked }, units] = await Promise.all([roundRanking(db, roundId), unitStandings(db, roundId)]);
	const mine = placeOf(ranked, (e) => e.participantId === me.id);
	if (!mine) return null;
	const myUnit = placeOf(units.byParticipants, (u) => u.unitId === me.unitId);
	return {
		rank: mine.rank,
		of: mine.of,
		final,
		unit: myUnit && { name: myUnit.entry.name, rank: myUnit.rank, of: myUnit.of, participants: myUnit.entry.participants }
	};
}

/** My state in each of `rounds` (ids with their window and attempts allowed), by round id. */
export async function myRoundStates(
	db: Db,
	userId: string,
	rounds: readonly { roundId: number; opensAt: Date; closesAt: Date; attemptsAllowed: number }[],
	now = new Date()
): Promise<Map<number, MyRoundState>> {
	const ids = rounds.map((r) => r.roundId);
	const mine = ids.length
		? await db
				.select({
					roundId: attempt.roundId,
					id: attempt.id,
					attemptNo: attempt.attemptNo,
					submittedAt: attempt.submittedAt,
					deadline: attempt.deadline,
					correctCount: attempt.correctCount,
					score: attempt.score
				})
				.from(attempt)
				.where(and(eq(attempt.userId, userId), inArray(attempt.roundId, ids)))
		: [];
	const byRound = new Map<number, MyAttempt[]>();
	for (const a of mine) byRound.set(a.roundId, [...(byRound.get(a.roundId) ?? []), a]);
	return new Map(rounds.map((r) => [r.roundId, myRoundState(r, byRound.get(r.roundId) ?? [], now)]));
}

export interface MyRound {
	roundId: number;
	name: string;
	opensAt: Date;
	closesAt: Date;
	state: MyRoundState;
	standing: MyStanding | null;
}

export interface MyContest {
	id: number;
	title: string;
	nextOpensAt: Date | null;
	rounds: MyRound[];
}

/**
 * "Cuộc thi của bạn": the open contests whose scope covers my unit, and the closed ones I took part in,
 * each online round with my state, and my rank where I have submitted.
 */
export async function myContests(db: Db, me: Participant, now = new Date()): Promise<MyContest[]> {
	const rows = await db
		.select({
			contestId: contest.id,
			title: contest.title,
			status: contest.status,
			scopePath: unit.path,
			roundId: round.id,
			name: round.name,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			attemptsAllowed: round.attemptsAllowed
		})
		.from(round)
		.innerJoin(contest, eq(contest.id, round.contestId))
		.innerJoin(unit, eq(unit.id, contest.scopeUnitId))
		.where(and(ne(contest.status, 'draft'), eq(round.kind, 'online')))
		.orderBy(asc(round.opensAt));
	const inScope = rows.filter((r) => me.unitPath.startsWith(r.scopePath));
	const states = await myRoundStates(db, me.id, inScope, now);
	const contests = new Map<number, MyContest>();
	for (const r of inScope) {
		const state = states.get(r.roundId)!;
		const took = state.kind === 'submitted' || state.kind === 'in_progress';
		if (r.status !== 'open' && !took) continue;
		const standing = state.kind === 'submitted' ? await myStanding(db, r.roundId, me, now) : null;
		const entry = contests.get(r.contestId) ?? { id: r.contestId, title: r.title, nextOpensAt: null, rounds: [] };
		entry.rounds.push({ roundId: r.roundId, name: r.name, opensAt: r.opensAt, closesAt: r.closesAt, state, standing });
		contests.set(r.contestId, entry);
	}
	return [...contests.values()].map((c) => ({ ...c, nextOpensAt: nextOpening(c.rounds, now) }));
}

export interface MyResult {
	contestId: number;
	contestTitle: string;
	roundName: string;
	standing: MyStanding | null;
}

/** What the result page shows around an attempt's own figures: the contest, the round, my standing. */
export async function myResult(db: Db, roundId: number, me: Participant, now = new Date()): Promise<MyResult | null> {
	const [found] = await db
		.select({ contestId: contest.id, contestTitle: contest.title, roundName: round.name })
		.from(round)
		.innerJoin(contest, eq(contest.id, round.contestId))
		.where(eq(round.id, roundId));
	return found ? { ...found, standing: await myStanding(db, roundId, me, now) } : null;
}
