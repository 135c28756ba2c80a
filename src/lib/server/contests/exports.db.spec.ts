import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createUser } from '$lib/server/auth/users';
import type { Database } from '$lib/server/db/client';
import { bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { rightChoices } from '$lib/server/contests/test-answers';
import { saveAnswer, startAttempt, submitAttempt } from './attempt-commands';
import { createContest, createRound, setContestStatus } from './contests';
import { participantResponses, rankedParticipants, roundResponsesWorkbook } from './responses';

/** The organizer's responses report, read back as Excel would open it. */

let database: Database;
let roundId: number;
let attemptId: number;
const startedAt = new Date('2026-11-25T02:00:00Z');
const savedAt = new Date('2026-11-25T02:03:04Z');
const submittedAt = new Date('2026-11-25T02:05:06Z');

async function read(bytes: Buffer) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(new Uint8Array(bytes).buffer);
	return workbook;
}
const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

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
	roundId = await createRound(db, contestId, {
		name: 'Tuần 3',
		bankId,
		opensAt: new Date('2026-11-24T00:00:00Z'),
		closesAt: new Date('2026-11-30T00:00:00Z'),
		timeLimitSeconds: 600,
		blueprint: [{ topicId: null, difficulty: null, count: 3 }],
		shuffleQuestions: false,
		shuffleOptions: true,
		attemptsAllowed: 1,
		countingAttempt: 'best',
		showAnswers: 'never',
		predictionEnabled: false,
		prizes: { first: 1, second: 0, third: 0, consolation: 0 }
	});
	const participant = await createUser(db, {
		fullName: 'Võ Thị Giải',
		birthDate: '1998-04-30',
		phone: '0966100200',
		email: 'giai@example.vn',
		unitId: province.id,
		role: 'participant',
		password: 'matkhau123'
	});
	attemptId = await startAttempt(db, roundId, participant, startedAt);
	const [right, second] = await rightChoices(db, attemptId);
	await saveAnswer(db, attemptId, participant, right.position, { choice: right.choice }, savedAt);
	// A wrong choice for the second question: any option but the right one.
	await saveAnswer(db, attemptId, participant, second.position, { choice: second.choice === 0 ? 1 : 0 }, savedAt);
	await submitAttempt(db, attemptId, participant, null, submittedAt);
});
afterAll(() => database.close());

test('the responses report lists each question with the answer given, right or wrong, and when it was saved', async () => {
	const { db } = database;
	const { participants } = await rankedParticipants(db, roundId);
	expect(participants).toMatchObject([{ rank: 1, attemptId, fullName: 'Võ Thị Giải' }]);
	const found = (await participantResponses(db, roundId, attemptId))!;
	expect(found.lines.map((l) => [l.position, l.outcome, l.savedAt])).toEqual([
		[0, 'right', savedAt],
		[1, 'wrong', savedAt],
		[2, 'unanswered', null]
	]);
	expect(found.lines[0].answer).toMatch(/^[A-D]\. .+/);
	expect(await participantResponses(db, roundId, attemptId + 999)).toBeNull();

	const sheet = (await read(await roundResponsesWorkbook(db, roundId))).getWorksheet('Bài làm')!;
	expect(values(sheet, 1)).toEqual(['Hạng', 'Họ và tên', 'Đơn vị', 'Câu', 'Câu hỏi', 'Câu trả lời', 'Kết quả', 'Lưu lúc']);
	expect(sheet.rowCount).toBe(4);
	expect(values(sheet, 2)).toEqual([
		1,
		'Võ Thị Giải',
		'Ủy ban nhân dân tỉnh Bến Tre',
		1,
		found.lines[0].stem,
		found.lines[0].answer,
		'Trả lời đúng',
		'25/11/2026 09:03:04'
	]);
	expect(values(sheet, 4).slice(5, 8)).toEqual(['', 'Chưa trả lời', '']);
	expect(sheet.autoFilter).toBe('A1:H4');
	expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
});
