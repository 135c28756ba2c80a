import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { startAttempt, submitAttempt } from './attempt-commands';
import { createContest, createRound, setContestStatus } from './contests';
import { myContests, myResult, myRoundStates, type Participant } from './my-rounds';

let database: Database;
let roundId: number;
let contestId: number;
let me: Participant;
const MINUTE = 60_000;
const closesAt = new Date(Date.now() + 60 * MINUTE);

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	const [{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	contestId = await createContest(
		db,
		{ title: 'Cuộc thi của tôi', rules: '', organizerUnitId: organizer.unitId, scopeUnitId: province.id, leaderboardPublic: false },
		organizer.id
	);
	await setContestStatus(db, contestId, 'open');
	const common = {
		bankId,
		timeLimitSeconds: 600,
		blueprint: [{ topicId: null, difficulty: null, count: 3 }],
		shuffleQuestions: false,
		shuffleOptions: false,
		attemptsAllowed: 2,
		countingAttempt: 'best' as const,
		showAnswers: 'after_submit' as const,
		predictionEnabled: false,
		prizes: { first: 1, second: 0, third: 0, consolation: 0 }
	};
	roundId = await createRound(db, contestId, { ...common, name: 'Vòng 1', opensAt: new Date(Date.now() - MINUTE), closesAt });
	await createRound(db, contestId, {
		...common,
		name: 'Vòng 2',
		opensAt: new Date(Date.now() + 120 * MINUTE),
		closesAt: new Date(Date.now() + 180 * MINUTE)
	});
	const [p] = await db
		.select({ id: user.id, unitId: user.unitId, unitPath: unit.path })
		.from(user)
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(eq(user.role, 'participant'));
	me = p;
});
afterAll(() => database.close());

describe("a participant's own rounds", () => {
	test('lists the contest with each round not started or upcoming, and the next opening', async () => {
		const [mine] = (await myContests(database.db, me)).filter((c) => c.id === contestId);
		expect(mine.rounds.map((r) => [r.name, r.state.kind])).toEqual([
			['Vòng 1', 'not_started'],
			['Vòng 2', 'upcoming']
		]);
		expect(mine.nextOpensAt).toEqual(mine.rounds[1].opensAt);
	});

	test('after submitting: my state, attempts left, rank 1/1 provisional and my unit, then final after the close', async () => {
		const { db } = database;
		const attemptId = await startAttempt(db, roundId, me.id);
		const running = (await myRoundStates(db, me.id, [{ roundId, opensAt: new Date(0), closesAt, attemptsAllowed: 2 }])).get(roundId);
		expect(running).toMatchObject({ kind: 'in_progress', attemptId });
		await submitAttempt(db, attemptId, me.id, null);

		const [mine] = (await myContests(db, me)).filter((c) => c.id === contestId);
		expect(mine.rounds[0].state).toMatchObject({ kind: 'submitted', attemptId, correctCount: 0, attemptsLeft: 1, final: false });
		expect(mine.rounds[0].standing).toMatchObject({ rank: 1, of: 1, final: false, unit: { rank: 1, of: 1, participants: 1 } });

		const after = new Date(closesAt.getTime() + 1);
		const result = await myResult(db, roundId, me, after);
		expect(result).toMatchObject({ contestTitle: 'Cuộc thi của tôi', roundName: 'Vòng 1', standing: { rank: 1, of: 1, final: true } });
		const [closed] = (await myContests(db, me, after)).filter((c) => c.id === contestId);
		expect(closed.rounds[0].state).toMatchObject({ kind: 'submitted', attemptsLeft: 0, final: true });
	});

	test('nobody else sees my standing: someone who has not submitted has none', async () => {
		const [other] = await database.db.select().from(user).where(eq(user.role, 'judge'));
		const result = await myResult(database.db, roundId, { id: other.id, unitId: other.unitId, unitPath: '/' }, new Date());
		expect(result?.standing).toBeNull();
	});
});
