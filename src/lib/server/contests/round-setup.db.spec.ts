import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScopedUser } from '$lib/auth/scope';
import type { Database } from '$lib/server/db/client';
import { attempt, bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { startAttempt } from './attempt-commands';
import { createContest, listRounds, setContestStatus } from './contests';
import { grantOverride, listOverrides } from './overrides';
import type { RoundForm } from './round-form';
import {
	archiveRound,
	createRoundFromForm,
	createSeries,
	deleteRound,
	duplicateRound,
	sampleDraw,
	updateRoundFromForm
} from './round-setup';

let database: Database;
let contestId: number;
let bankId: number;
const province: ScopedUser = { role: 'organizer', unitPath: '' };
const justice: ScopedUser = { role: 'organizer', unitPath: '' };

const form = (overrides: Partial<RoundForm> = {}): RoundForm => ({
	name: 'Tuần 1',
	bankId,
	opensAt: new Date('2026-11-24T08:00:00+07:00'),
	closesAt: new Date('2026-11-30T17:00:00+07:00'),
	timeLimitMinutes: 15,
	blueprint: [{ topicId: null, difficulty: null, count: 5 }],
	attemptsAllowed: 2,
	countingAttempt: 'best',
	predictionEnabled: true,
	shuffleQuestions: true,
	shuffleOptions: false,
	trackFocus: false,
	showAnswers: 'after_close',
	layout: 'one',
	first: 1,
	second: 2,
	third: 3,
	consolation: 5,
	...overrides
});

const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(error: unknown) => error
	);

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const path = async (code: string) => (await db.select({ id: unit.id, path: unit.path }).from(unit).where(eq(unit.code, code)))[0];
	const root = await path('BTR');
	province.unitPath = root.path;
	justice.unitPath = (await path('BTR.STP')).path;
	[{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	const [organizer] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'organizer'));
	contestId = await createContest(
		db,
		{ title: 'Tìm hiểu CCHC', rules: '', organizerUnitId: root.id, scopeUnitId: root.id, leaderboardPublic: false },
		organizer.id
	);
});
afterAll(() => database.close());

describe('a round from the organizer’s form', () => {
	test('draws from a bank the organizer keeps, with the form’s time limit, layout and prizes', async () => {
		const { db } = database;
		const roundId = await createRoundFromForm(db, province, contestId, form());
		const [created] = (await listRounds(db, contestId)).filter((r) => r.id === roundId);
		expect(created).toMatchObject({
			bankId,
			timeLimitSeconds: 900,
			blueprint: [{ topicId: null, difficulty: null, count: 5 }],
			oneQuestionPerScreen: true,
			prizes: { first: 1, second: 2, third: 3, consolation: 5 }
		});
	});

	test('a bank beyond the organizer, or one that cannot fill the draw, is refused under its field', async () => {
		const { db } = database;
		expect(await refusal(createRoundFromForm(db, justice, contestId, form()))).toMatchObject({ code: 'bank.forbidden', field: 'bankId' });
		expect(
			await refusal(createRoundFromForm(db, province, contestId, form({ blueprint: [{ topicId: null, difficulty: null, count: 200 }] })))
		).toMatchObject({
			code: 'contest.blueprintShort',
			field: 'questionCount'
		});
		expect(await listRounds(db, contestId)).toHaveLength(1);
	});
});

describe('editing, repeating and removing a round', () => {
	const during = new Date('2026-11-25T09:00:00+07:00');
	const participantId = async () => (await database.db.select({ id: user.id }).from(user).where(eq(user.role, 'participant')))[0].id;
	const roundOf = async (id: number) => (await listRounds(database.db, contestId)).find((r) => r.id === id)!;

	test('a sample draw follows the blueprint and stores nothing', async () => {
		const { db } = database;
		const before = await db.select({ n: count() }).from(attempt);
		const sample = await sampleDraw(db, bankId, [{ topicId: null, difficulty: 'easy', count: 3 }]);
		expect(sample).toHaveLength(3);
		expect(sample!.every((q) => q.difficulty === 'easy')).toBe(true);
		expect(new Set(sample!.map((q) => q.versionId)).size).toBe(3);
		expect(await db.select({ n: count() }).from(attempt)).toEqual(before);
		expect(await sampleDraw(db, bankId, [{ topicId: null, difficulty: null, count: 500 }])).toBeNull();
	});

	test('a three-row blueprint is kept as typed', async () => {
		const { db } = database;
		const blueprint = [
			{ topicId: null, difficulty: 'easy' as const, count: 2 },
			{ topicId: null, difficulty: 'medium' as const, count: 1 },
			{ topicId: null, difficulty: null, count: 1 }
		];
		const id = await createRoundFromForm(db, province, contestId, form({ name: 'Ma trận', blueprint }));
		expect((await roundOf(id)).blueprint).toEqual(blueprint);
	});

	test('before anyone starts every field changes; after, the draw is frozen, the window moves and running deadlines follow', async () => {
		const { db } = database;
		const id = await createRoundFromForm(db, province, contestId, form({ name: 'Sửa được' }));
		await updateRoundFromForm(db, province, id, form({ name: 'Sửa được', timeLimitMinutes: 20, shuffleOptions: true, revision: 1 }));
		expect(await roundOf(id)).toMatchObject({ timeLimitSeconds: 1200, shuffleOptions: true, revision: 2 });

		await setContestStatus(db, contestId, 'open');
		const attemptId = await startAttempt(db, id, await participantId(), during);
		expect(
			await refusal(updateRoundFromForm(db, province, id, form({ timeLimitMinutes: 30, shuffleOptions: true, revision: 2 })))
		).toMatchObject({
			code: 'contest.frozenAfterStart',
			params: { fields: 'timeLimitSeconds' }
		});
		// The close moved to ten minutes after the start: the running attempt's deadline follows.
		const closesAt = new Date(during.getTime() + 10 * 60_000);
		await updateRoundFromForm(db, province, id, form({ timeLimitMinutes: 20, shuffleOptions: true, closesAt, first: 2, revision: 2 }));
		expect(await roundOf(id)).toMatchObject({ closesAt, prizes: { first: 2 } });
		const [{ deadline }] = await db.select({ deadline: attempt.deadline }).from(attempt).where(eq(attempt.id, attemptId));
		expect(deadline).toEqual(closesAt);

		// Ten extra minutes do not pass the close; a later close for this participant does.
		await grantOverride(
			db,
			id,
			{ userId: await participantId(), unitId: null, closesAt: null, extraSeconds: 600, reason: 'Mất điện' },
			await participantId()
		);
		expect((await db.select({ deadline: attempt.deadline }).from(attempt).where(eq(attempt.id, attemptId)))[0].deadline).toEqual(closesAt);
		const later = new Date(during.getTime() + 60 * 60_000);
		await grantOverride(
			db,
			id,
			{ userId: await participantId(), unitId: null, closesAt: later, extraSeconds: 600, reason: 'Mất điện' },
			await participantId()
		);
		expect((await db.select({ deadline: attempt.deadline }).from(attempt).where(eq(attempt.id, attemptId)))[0].deadline).toEqual(
			new Date(during.getTime() + 30 * 60_000)
		);
		expect(await listOverrides(db, id)).toMatchObject([{ extraSeconds: 600, reason: 'Mất điện' }]);

		// A second save made from the form loaded before the first is refused.
		expect(
			await refusal(updateRoundFromForm(db, province, id, form({ timeLimitMinutes: 20, shuffleOptions: true, revision: 2 })))
		).toMatchObject({
			code: 'contest.staleEdit'
		});
		expect(await refusal(deleteRound(db, id))).toMatchObject({ code: 'contest.roundHasAttempts' });
		await archiveRound(db, id);
		expect((await roundOf(id)).archivedAt).not.toBeNull();
		await setContestStatus(db, contestId, 'draft');
	});

	test('a weekly series of four follows the first, numbered on; one that would overlap is refused', async () => {
		const { db } = database;
		const id = await createRoundFromForm(db, province, contestId, form({ name: 'Tuần 1' }));
		const created = await createSeries(db, id, 4, 7);
		const rounds = await Promise.all(created.map(roundOf));
		expect(rounds.map((r) => [r.name, r.opensAt.toISOString()])).toEqual([
			['Tuần 2', '2026-12-01T01:00:00.000Z'],
			['Tuần 3', '2026-12-08T01:00:00.000Z'],
			['Tuần 4', '2026-12-15T01:00:00.000Z']
		]);
		expect(await refusal(createSeries(db, id, 2, 3))).toMatchObject({ code: 'contest.seriesOverlaps' });
		const copy = await duplicateRound(db, id, 'Tuần 1 (bản sao)');
		expect(await roundOf(copy)).toMatchObject({ name: 'Tuần 1 (bản sao)', blueprint: (await roundOf(id)).blueprint });
		await deleteRound(db, copy);
		expect((await listRounds(db, contestId)).some((r) => r.id === copy)).toBe(false);
	});
});
