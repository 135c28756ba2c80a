import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ShowAnswers } from '$lib/contests/review';
import { createUser } from '$lib/server/auth/users';
import type { Database } from '$lib/server/db/client';
import { attempt, bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { recordFocusLoss, saveAnswer, startAttempt, submitAttempt } from './attempt-commands';
import { attemptView } from './attempt-view';
import { createContest, createRound, setContestStatus } from './contests';
import { boardAccess, leaderboardSnapshot } from './leaderboard';
import { rightChoices } from '$lib/server/contests/test-answers';

let database: Database;
let bankId: number;
let organizer: typeof user.$inferSelect;
let province: typeof unit.$inferSelect;
let commune: typeof unit.$inferSelect;
const MINUTE = 60_000;
let phone = 0;

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	[province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	[commune] = await db.select().from(unit).where(eq(unit.code, 'BTR.GT.02'));
	[{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	[organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
});
afterAll(() => database.close());

async function openRound(
	options: { showAnswers?: ShowAnswers; trackFocus?: boolean; leaderboardPublic?: boolean; closesInMs?: number } = {}
) {
	const { db } = database;
	const contestId = await createContest(
		db,
		{
			title: 'Tìm hiểu CCHC',
			rules: '',
			organizerUnitId: organizer.unitId,
			scopeUnitId: province.id,
			leaderboardPublic: options.leaderboardPublic ?? false
		},
		organizer.id
	);
	await setContestStatus(db, contestId, 'open');
	return createRound(db, contestId, {
		name: 'Tuần 1',
		bankId,
		opensAt: new Date(Date.now() - MINUTE),
		closesAt: new Date(Date.now() + (options.closesInMs ?? 60 * MINUTE)),
		timeLimitSeconds: 600,
		blueprint: [{ topicId: null, difficulty: null, count: 4 }],
		shuffleQuestions: true,
		shuffleOptions: true,
		attemptsAllowed: 1,
		countingAttempt: 'best',
		showAnswers: options.showAnswers ?? 'after_close',
		predictionEnabled: true,
		trackFocus: options.trackFocus ?? false,
		prizes: { first: 1, second: 0, third: 0, consolation: 0 }
	});
}

async function newParticipant(unitId = commune.id) {
	phone++;
	return createUser(database.db, {
		fullName: `Thí sinh ${phone}`,
		birthDate: null,
		phone: `09770000${String(phone).padStart(2, '0')}`,
		email: null,
		unitId,
		role: 'participant',
		password: 'matkhau123'
	});
}

describe('showing the answers', () => {
	test('after submit: nothing before the submission, then each question’s key on the participant’s own screen order', async () => {
		const roundId = await openRound({ showAnswers: 'after_submit' });
		const me = await newParticipant();
		const id = await startAttempt(database.db, roundId, me);
		expect((await attemptView(database.db, id))!.review).toBeNull();
		const [first, second] = await rightChoices(database.db, id);
		await saveAnswer(database.db, id, me, first.position, { choice: first.choice });
		await saveAnswer(database.db, id, me, second.position, { choice: (second.choice + 1) % 4 });
		await submitAttempt(database.db, id, me, 0);
		const { review } = (await attemptView(database.db, id))!;
		expect(review).toHaveLength(4);
		expect(review![first.position]).toMatchObject({ correct: true, key: { kind: 'choices', correct: [first.choice] } });
		expect(review![second.position]).toMatchObject({ correct: false, key: { kind: 'choices', correct: [second.choice] } });
	});

	test('after close: a submitted participant is told when, and sees the key once the round has closed', async () => {
		const roundId = await openRound({ showAnswers: 'after_close', closesInMs: 30 * MINUTE });
		const me = await newParticipant();
		const id = await startAttempt(database.db, roundId, me);
		await submitAttempt(database.db, id, me, 0);
		const now = (await attemptView(database.db, id))!;
		expect(now.review).toBeNull();
		expect(now.reviewFrom!.getTime()).toBeGreaterThan(Date.now());
		const later = (await attemptView(database.db, id, new Date(Date.now() + 31 * MINUTE)))!;
		expect(later.review).toHaveLength(4);
		expect(later.reviewFrom).toBeNull();
	});

	test('never: the key stays on the server even after the round', async () => {
		const roundId = await openRound({ showAnswers: 'never' });
		const me = await newParticipant();
		const id = await startAttempt(database.db, roundId, me);
		await submitAttempt(database.db, id, me, 0);
		const view = (await attemptView(database.db, id, new Date(Date.now() + 120 * MINUTE)))!;
		expect(view.review).toBeNull();
		expect(view.reviewFrom).toBeNull();
	});
});

describe('leaving the page', () => {
	test('is counted while the attempt runs, only where the round tracks it', async () => {
		const tracked = await openRound({ trackFocus: true });
		const untracked = await openRound({ trackFocus: false });
		const me = await newParticipant();
		const a = await startAttempt(database.db, tracked, me);
		const b = await startAttempt(database.db, untracked, me);
		expect(await recordFocusLoss(database.db, a)).toBe(true);
		expect(await recordFocusLoss(database.db, a)).toBe(true);
		expect(await recordFocusLoss(database.db, b)).toBe(false);
		await submitAttempt(database.db, a, me, 0);
		expect(await recordFocusLoss(database.db, a)).toBe(false);
		const counts = await database.db
			.select({ id: attempt.id, focusLosses: attempt.focusLosses })
			.from(attempt)
			.where(eq(attempt.userId, me));
		expect(Object.fromEntries(counts.map((c) => [c.id, c.focusLosses]))).toEqual({ [a]: 2, [b]: 0 });
	});
});

describe('the live board', () => {
	test('counts submissions per minute and ranks units by their participants', async () => {
		const roundId = await openRound();
		const [district] = await database.db.select().from(unit).where(eq(unit.code, 'BTR.CT'));
		for (const unitId of [commune.id, commune.id, district.id]) {
			const who = await newParticipant(unitId);
			const id = await startAttempt(database.db, roundId, who);
			await submitAttempt(database.db, id, who, 1);
		}
		const board = await leaderboardSnapshot(database.db, roundId);
		expect(board.final).toBe(false);
		expect(board.participants).toBe(3);
		expect(board.perMinute.reduce((a, b) => a + b)).toBe(3);
		expect(board.units.map((u) => [u.rank, u.name, u.participants])).toEqual([
			[1, commune.name, 2],
			[2, district.name, 1]
		]);
		// Once the round has closed the same ranking is final.
		expect((await leaderboardSnapshot(database.db, roundId, new Date(Date.now() + 61 * MINUTE))).final).toBe(true);
	});

	test('a board for signed-in people refuses the anonymous and those outside the contest; a public one is open', async () => {
		const closed = await openRound({ leaderboardPublic: false });
		const open = await openRound({ leaderboardPublic: true });
		const inside = { role: 'participant' as const, unitPath: commune.path };
		expect((await boardAccess(database.db, closed, null))!.allowed).toBe(false);
		expect((await boardAccess(database.db, closed, inside))!.allowed).toBe(true);
		expect((await boardAccess(database.db, closed, { role: 'participant', unitPath: '/999/' }))!.allowed).toBe(false);
		expect((await boardAccess(database.db, open, null))!.allowed).toBe(true);
		expect(await boardAccess(database.db, 2 ** 31 - 1, null)).toBeNull();
	});
});
