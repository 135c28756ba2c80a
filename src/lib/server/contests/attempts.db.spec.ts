import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { attempt, bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { createUser } from '$lib/server/auth/users';
import { openTestDatabase } from '$lib/server/db/test-db';
import { AttemptError, closeExpiredAttempts, saveAnswer, startAttempt, submitAttempt } from './attempt-commands';
import { attemptView } from './attempt-view';
import { createContest, createRound, openRoundsFor, roundRanking } from './contests';
import { roundResultsWorkbook } from './results-export';
import { roundPrizeResults } from './round-results';
import { readTable } from '$lib/server/import/spreadsheet';
import { rightChoices } from '$lib/server/contests/test-answers';

let database: Database;
let roundId: number;
let participants: { id: string; unitPath: string }[];
const MINUTE = 60_000;
const opened = new Date(Date.now() - MINUTE);

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	const [{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	const organizer = (await db.select().from(user).where(eq(user.role, 'organizer')))[0];
	const contestId = await createContest(
		db,
		{ title: 'Tìm hiểu CCHC 2026', rules: 'Thể lệ', organizerUnitId: organizer.unitId, scopeUnitId: province.id, leaderboardPublic: true },
		organizer.id
	);
	const { setContestStatus } = await import('./contests');
	await setContestStatus(db, contestId, 'open');
	roundId = await createRound(db, contestId, {
		name: 'Tuần 1',
		bankId,
		opensAt: opened,
		closesAt: new Date(Date.now() + 60 * MINUTE),
		timeLimitSeconds: 600,
		blueprint: [{ topicId: null, difficulty: null, count: 5 }],
		shuffleQuestions: true,
		shuffleOptions: true,
		attemptsAllowed: 1,
		countingAttempt: 'best',
		showAnswers: 'after_close',
		predictionEnabled: true,
		prizes: { first: 1, second: 1, third: 1, consolation: 0 }
	});
	participants = (
		await db
			.select({ id: user.id, unitPath: unit.path })
			.from(user)
			.innerJoin(unit, eq(unit.id, user.unitId))
			.where(eq(user.role, 'participant'))
	).concat(
		await db.select({ id: user.id, unitPath: unit.path }).from(user).innerJoin(unit, eq(unit.id, user.unitId)).where(eq(user.role, 'judge'))
	);
});
afterAll(() => database.close());

describe('online attempts', () => {
	test('a participant sees the open round of their province', async () => {
		const rounds = await openRoundsFor(database.db, participants[0].unitPath);
		expect(rounds.map((r) => r.roundName).sort()).toEqual(['Tuần 1', 'Đợt 1'].sort());
		expect(await openRoundsFor(database.db, '/999/')).toEqual([]);
	});

	test('two simultaneous starts give exactly one attempt, with the blueprint’s questions and no key', async () => {
		const [a, b] = await Promise.all([
			startAttempt(database.db, roundId, participants[0].id),
			startAttempt(database.db, roundId, participants[0].id)
		]);
		expect(a).toBe(b);
		const rows = await database.db
			.select()
			.from(attempt)
			.where(and(eq(attempt.roundId, roundId), eq(attempt.userId, participants[0].id)));
		expect(rows).toHaveLength(1);
		const view = (await attemptView(database.db, a))!;
		expect(view.questions).toHaveLength(5);
		expect(Object.keys(view.questions[0]).sort()).toEqual([
			'choices',
			'imageId',
			'position',
			'revision',
			'saved',
			'stem',
			'type',
			'versionId'
		]);
		expect(view.remainingMs).toBeGreaterThan(590_000);
	});

	test('a saved answer is there on resume, shown as it was chosen', async () => {
		const id = await startAttempt(database.db, roundId, participants[0].id);
		await saveAnswer(database.db, id, participants[0].id, 2, { choice: 3 });
		const resumed = (await attemptView(database.db, id))!;
		expect(resumed.questions[2].saved).toEqual({ choice: 3 });
		expect(await startAttempt(database.db, roundId, participants[0].id)).toBe(id);
	});

	test('an answer after the deadline is refused by the server clock', async () => {
		const id = await startAttempt(database.db, roundId, participants[0].id);
		const { deadline } = (await attemptView(database.db, id))!;
		await expect(saveAnswer(database.db, id, participants[0].id, 0, { choice: 0 }, new Date(deadline.getTime() + 1))).rejects.toMatchObject(
			{
				code: 'contest.late'
			}
		);
		await expect(saveAnswer(database.db, id, participants[1].id, 0, { choice: 0 })).rejects.toThrow(AttemptError);
	});

	test('submitting grades on the server, and the round ranks by correct answers then prediction', async () => {
		const [first, second] = participants;
		const a = await startAttempt(database.db, roundId, first.id);
		for (const { position, choice } of await rightChoices(database.db, a)) await saveAnswer(database.db, a, first.id, position, { choice });
		await submitAttempt(database.db, a, first.id, 1);

		const b = await startAttempt(database.db, roundId, second.id);
		const answers = await rightChoices(database.db, b);
		for (const { position, choice } of answers.slice(0, 3)) await saveAnswer(database.db, b, second.id, position, { choice });
		await submitAttempt(database.db, b, second.id, 7);

		const { ranked, allCorrect } = await roundRanking(database.db, roundId);
		expect(allCorrect).toBe(1);
		expect(ranked.map((r) => [r.participantId, r.rank, r.correctCount, r.predictionError])).toEqual([
			[first.id, 1, 5, 0],
			[second.id, 2, 3, 6]
		]);
		const workbook = await roundResultsWorkbook(database.db, roundId);
		const { rows: sheet } = await readTable(new File([new Uint8Array(workbook)], 'kq.xlsx'));
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(new Uint8Array(workbook).buffer);
		// Headings stay in view and every column filters: a list to sort for prize work.
		expect(book.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(book.worksheets[0].autoFilter).toBeTruthy();
		expect(sheet[0]).toEqual([
			'Hạng',
			'Giải',
			'Họ và tên',
			'Số điện thoại',
			'Email',
			'Ngày sinh',
			'Đơn vị',
			'Số câu đúng',
			'Điểm',
			'Thời gian',
			'Bắt đầu',
			'Nộp bài',
			'Dự đoán'
		]);
		expect([...sheet[1].slice(0, 3), ...sheet[1].slice(6, 8)]).toEqual(['1', 'Nhất', 'Phạm Quốc Bảo', 'Xã Tân Thạch', '5/5']);
		expect(sheet[1][3]).toMatch(/^0\d{9}$/);
		expect(sheet[1][10]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
		expect(sheet[2].slice(0, 2)).toEqual(['2', 'Nhì']);
		await expect(startAttempt(database.db, roundId, first.id)).rejects.toMatchObject({ code: 'contest.noAttemptsLeft' });
		await expect(saveAnswer(database.db, a, first.id, 0, { choice: 0 })).rejects.toMatchObject({ code: 'contest.submitted' });
	});

	test('an attempt left open past its deadline is submitted by the server with what was saved', async () => {
		const { db } = database;
		const [commune] = await db.select().from(unit).where(eq(unit.code, 'BTR.GT.02'));
		const late = await createUser(db, {
			fullName: 'Người quên nộp',
			birthDate: null,
			phone: '0966000001',
			email: null,
			unitId: commune.id,
			role: 'participant',
			password: 'matkhau123'
		});
		const id = await startAttempt(db, roundId, late);
		const [right] = await rightChoices(database.db, id);
		await saveAnswer(db, id, late, right.position, { choice: right.choice });
		const { deadline } = (await attemptView(db, id))!;
		expect(await closeExpiredAttempts(db, roundId, new Date(deadline.getTime() + 1000))).toBe(1);
		const [closed] = await db.select().from(attempt).where(eq(attempt.id, id));
		expect(closed).toMatchObject({ submittedAt: deadline, correctCount: 1, durationMs: 600_000 });
		// A prediction sent after the deadline, when the all-correct count is known, is not taken.
		await submitAttempt(db, id, late, 1, new Date(deadline.getTime() + 5000));
		expect((await db.select().from(attempt).where(eq(attempt.id, id)))[0].prediction).toBeNull();
	});

	test('reading the round’s results first submits the attempts whose time is up', async () => {
		const { db } = database;
		const [commune] = await db.select().from(unit).where(eq(unit.code, 'BTR.GT.02'));
		const forgot = await createUser(db, {
			fullName: 'Người hết giờ',
			birthDate: null,
			phone: '0966000002',
			email: null,
			unitId: commune.id,
			role: 'participant',
			password: 'matkhau123'
		});
		const id = await startAttempt(db, roundId, forgot);
		await db
			.update(attempt)
			.set({ deadline: new Date(Date.now() - 1000) })
			.where(eq(attempt.id, id));
		const { ranked } = await roundPrizeResults(db, roundId);
		expect(ranked.map((r) => r.participantId)).toContain(forgot);
		expect((await db.select().from(attempt).where(eq(attempt.id, id)))[0].submittedAt).not.toBeNull();
	});
});
