import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { answer, bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { saveAnswer, startAttempt } from './attempt-commands';
import { attemptView } from './attempt-view';
import { createContest, createRound, setContestStatus } from './contests';

/** Saves from the online page's outbox: each with a revision that only grows per question. */

let database: Database;
let attemptId: number;
let userId: string;

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	const [{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	const contestId = await createContest(
		db,
		{ title: 'Tìm hiểu CCHC', rules: '', organizerUnitId: organizer.unitId, scopeUnitId: province.id, leaderboardPublic: false },
		organizer.id
	);
	await setContestStatus(db, contestId, 'open');
	const roundId = await createRound(db, contestId, {
		name: 'Tuần 2',
		bankId,
		opensAt: new Date(Date.now() - 60_000),
		closesAt: new Date(Date.now() + 3_600_000),
		timeLimitSeconds: 600,
		blueprint: [{ topicId: null, difficulty: null, count: 3 }],
		shuffleQuestions: false,
		shuffleOptions: false,
		attemptsAllowed: 1,
		countingAttempt: 'best',
		showAnswers: 'never',
		predictionEnabled: false,
		prizes: { first: 1, second: 1, third: 1, consolation: 0 }
	});
	[{ id: userId }] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'participant'));
	attemptId = await startAttempt(db, roundId, userId);
});
afterAll(() => database.close());

const stored = async (position: number) => {
	const view = (await attemptView(database.db, attemptId))!;
	return { saved: view.questions[position].saved, revision: view.questions[position].revision };
};

describe('saving an answer with a revision', () => {
	test('a newer save replaces the stored one, and the page learns the revision to count on from', async () => {
		expect(await saveAnswer(database.db, attemptId, userId, 0, { choice: 1 }, new Date(), 1000)).toMatchObject({ revision: 1000 });
		expect(await saveAnswer(database.db, attemptId, userId, 0, { choice: 2 }, new Date(), 1001)).toMatchObject({ revision: 1001 });
		expect(await stored(0)).toEqual({ saved: { choice: 2 }, revision: 1001 });
	});

	test('a stale save arriving late (a request the page had given up on) never overwrites a later choice', async () => {
		await saveAnswer(database.db, attemptId, userId, 1, { choice: 3 }, new Date(), 2002);
		const late = await saveAnswer(database.db, attemptId, userId, 1, { choice: 0 }, new Date(), 2001);
		expect(late.revision).toBe(2002);
		// The same save again (its reply was lost) changes nothing either.
		await saveAnswer(database.db, attemptId, userId, 1, { choice: 3 }, new Date(), 2002);
		expect(await stored(1)).toEqual({ saved: { choice: 3 }, revision: 2002 });
		const rows = await database.db
			.select()
			.from(answer)
			.where(and(eq(answer.attemptId, attemptId)));
		expect(rows).toHaveLength(2);
	});

	test('a save without a revision (an older page) is kept as before, last one wins', async () => {
		await saveAnswer(database.db, attemptId, userId, 2, { choice: 1 });
		await saveAnswer(database.db, attemptId, userId, 2, { choice: 2 });
		expect(await stored(2)).toEqual({ saved: { choice: 2 }, revision: null });
		expect(await saveAnswer(database.db, attemptId, userId, 2, { choice: 3 }, new Date(), 5000)).toMatchObject({ revision: 5000 });
		expect(await stored(2)).toEqual({ saved: { choice: 3 }, revision: 5000 });
	});
});
