import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScopedUser } from '$lib/auth/scope';
import type { Database } from '$lib/server/db/client';
import { bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { createContest, listRounds } from './contests';
import type { RoundForm } from './round-form';
import { createRoundFromForm } from './round-setup';

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
	questionCount: 5,
	topicId: null,
	difficulty: null,
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
		expect(await refusal(createRoundFromForm(db, province, contestId, form({ questionCount: 200 })))).toMatchObject({
			code: 'contest.notEnoughQuestions',
			field: 'questionCount'
		});
		expect(await listRounds(db, contestId)).toHaveLength(1);
	});
});
