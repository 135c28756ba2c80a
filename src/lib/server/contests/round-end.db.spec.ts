import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ScopedUser } from '$lib/auth/scope';
import type { Database } from '$lib/server/db/client';
import { attempt, bank, round, roundOverride, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { closeExpiredAttempts, saveAnswer, startAttempt } from './attempt-commands';
import { createContest, setContestStatus } from './contests';
import { grantOverride } from './overrides';
import { endRoundNow } from './round-end';
import { createRoundFromForm } from './round-setup';

let database: Database;
let roundId: number;
let participantId: string;
const organizer: ScopedUser = { role: 'organizer', unitPath: '' };
const opensAt = new Date('2026-11-24T08:00:00+07:00');
const during = new Date('2026-11-25T09:00:00+07:00');

const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(error: unknown) => error
	);

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [root] = await db.select({ id: unit.id, path: unit.path }).from(unit).where(eq(unit.code, 'BTR'));
	organizer.unitPath = root.path;
	const [{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	const [btc] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'organizer'));
	[{ id: participantId }] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'participant'));
	const contestId = await createContest(
		db,
		{ title: 'Kết thúc sớm', rules: '', organizerUnitId: root.id, scopeUnitId: root.id, leaderboardPublic: false },
		btc.id
	);
	roundId = await createRoundFromForm(db, organizer, contestId, {
		name: 'Vòng 1',
		bankId,
		opensAt,
		closesAt: new Date('2026-11-30T17:00:00+07:00'),
		timeLimitMinutes: 30,
		blueprint: [{ topicId: null, difficulty: null, count: 3 }],
		attemptsAllowed: 1,
		countingAttempt: 'best',
		predictionEnabled: false,
		shuffleQuestions: false,
		shuffleOptions: false,
		trackFocus: false,
		showAnswers: 'after_close',
		layout: 'all',
		first: 1,
		second: 0,
		third: 0,
		consolation: 0
	});
	await setContestStatus(db, contestId, 'open');
});
afterAll(() => database.close());

test('ending an open round now closes it for everyone, a later close granted included; the running attempt is then submitted with what was saved', async () => {
	const { db } = database;
	const attemptId = await startAttempt(db, roundId, participantId, during);
	// The demo bank's approved questions are single choice.
	await saveAnswer(db, attemptId, participantId, 0, { choice: 0 }, during);
	await grantOverride(
		db,
		roundId,
		{ userId: participantId, unitId: null, closesAt: new Date('2026-12-02T17:00:00+07:00'), extraSeconds: 0, reason: 'Đi công tác' },
		participantId
	);

	const endedAt = new Date(during.getTime() + 5 * 60_000);
	await endRoundNow(db, roundId, endedAt);
	const [ended] = await db.select({ closesAt: round.closesAt, revision: round.revision }).from(round).where(eq(round.id, roundId));
	expect(ended).toEqual({ closesAt: endedAt, revision: 2 });
	const [override] = await db.select().from(roundOverride).where(eq(roundOverride.roundId, roundId));
	expect(override).toMatchObject({ closesAt: endedAt, reason: 'Đi công tác' });
	const [running] = await db.select().from(attempt).where(eq(attempt.id, attemptId));
	expect(running).toMatchObject({ deadline: endedAt, submittedAt: null });

	// A save after the end is refused; the first reader afterwards submits the attempt, as of the end.
	const late = new Date(endedAt.getTime() + 1000);
	expect(await refusal(saveAnswer(db, attemptId, participantId, 1, { choice: 0 }, late))).toMatchObject({ code: 'contest.late' });
	expect(await closeExpiredAttempts(db, roundId, late)).toBe(1);
	const [closed] = await db.select().from(attempt).where(eq(attempt.id, attemptId));
	expect(closed.submittedAt).toEqual(endedAt);
	expect(closed.correctCount).toBeGreaterThanOrEqual(0);
	expect(await refusal(startAttempt(db, roundId, participantId, late))).toMatchObject({ code: 'contest.roundNotOpen' });
});

test('a round that is closed or not yet open cannot be ended', async () => {
	const { db } = database;
	expect(await refusal(endRoundNow(db, roundId, new Date('2026-12-01T00:00:00+07:00')))).toMatchObject({
		code: 'contest.roundNotOpen',
		status: 409
	});
	expect(await refusal(endRoundNow(db, roundId, new Date(opensAt.getTime() - 1)))).toMatchObject({ code: 'contest.roundNotOpen' });
});
