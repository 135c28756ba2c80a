import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RoundStatistics } from '$lib/contests/item-statistics';
import { createUser } from '$lib/server/auth/users';
import { createBank } from '$lib/server/bank/banks';
import { createQuestion } from '$lib/server/bank/questions';
import { listTopics } from '$lib/server/bank/topics';
import type { Database } from '$lib/server/db/client';
import { attemptQuestion, questionVersion, round, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { saveAnswer, startAttempt, submitAttempt } from './attempt-commands';
import { createContest, createRound, setContestStatus } from './contests';
import { loadRoundStatistics } from './statistics';
import { statisticsWorkbook } from './statistics-export';

let database: Database;
let roundId: number;
let stats: RoundStatistics;

/** Three one-answer questions, so that every attempt draws all three (in its own shuffled order). */
const EASY = 'Bộ phận Một cửa đặt ở đâu?';
const SPLIT = 'Nghị định nào quy định cơ chế một cửa?';
const SKIPPED = 'Chỉ số SIPAS đo gì?';
const OPTIONS = ['Phương án thứ nhất', 'Phương án thứ hai', 'Phương án thứ ba', 'Phương án thứ tư'];
const RIGHT = 1;

async function participant(name: string, phone: string, unitCode: string): Promise<string> {
	const [{ id: unitId }] = await database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, unitCode));
	return createUser(database.db, {
		fullName: name,
		birthDate: null,
		phone,
		email: null,
		unitId,
		role: 'participant',
		password: 'matkhau123'
	});
}

/**
 * Takes the round: for each question (by stem) the option picked in the bank's order, or null to leave
 * it blank. The screen shows options shuffled, so the pick is mapped through the attempt's order.
 */
async function take(userId: string, picks: Record<string, number | null>, submit = true): Promise<void> {
	const { db } = database;
	const attemptId = await startAttempt(db, roundId, userId);
	const drawn = await db
		.select({ position: attemptQuestion.position, order: attemptQuestion.optionOrder, stem: questionVersion.stem })
		.from(attemptQuestion)
		.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
		.where(eq(attemptQuestion.attemptId, attemptId));
	for (const { position, order, stem } of drawn) {
		const pick = picks[stem];
		if (pick !== null) await saveAnswer(db, attemptId, userId, position, { choice: order!.indexOf(pick) });
	}
	if (submit) await submitAttempt(db, attemptId, userId, null);
}

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [homeAffairs] = await db.select().from(unit).where(eq(unit.code, 'BTR.SNV'));
	const [province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	const topics = await listTopics(db);
	const bankId = await createBank(db, { unitId: homeAffairs.id, name: 'Ngân hàng thống kê' });
	for (const [stem, topicId] of [
		[EASY, topics[0].id],
		[SPLIT, topics[0].id],
		[SKIPPED, topics[1].id]
	] as const) {
		const content = { type: 'single' as const, options: OPTIONS, correct: RIGHT };
		await createQuestion(
			db,
			bankId,
			{ stem, content, explanation: '', difficulty: 'medium', source: '', tags: [], topicId, imageId: null },
			organizer.id,
			'approved'
		);
	}
	const contestId = await createContest(
		db,
		{ title: 'Thi thống kê', rules: '', organizerUnitId: homeAffairs.id, scopeUnitId: province.id, leaderboardPublic: false },
		organizer.id
	);
	await setContestStatus(db, contestId, 'open');
	roundId = await createRound(db, contestId, {
		name: 'Tuần thống kê',
		bankId,
		opensAt: new Date(Date.now() - 60_000),
		closesAt: new Date(Date.now() + 3_600_000),
		timeLimitSeconds: 600,
		blueprint: [{ topicId: null, difficulty: null, count: 3 }],
		shuffleQuestions: true,
		shuffleOptions: true,
		attemptsAllowed: 2,
		countingAttempt: 'best',
		showAnswers: 'after_close',
		predictionEnabled: false,
		prizes: { first: 1, second: 0, third: 0, consolation: 0 }
	});

	const an = await participant('Nguyễn Văn An', '0977000001', 'BTR.CT.02');
	const binh = await participant('Trần Thị Bình', '0977000002', 'BTR.CT.02');
	const chi = await participant('Lê Văn Chi', '0977000003', 'BTR.STP');
	const dung = await participant('Phạm Dũng', '0977000004', 'BTR.DOAN');
	const late = await participant('Võ Chưa Nộp', '0977000005', 'BTR.STP');
	await take(an, { [EASY]: RIGHT, [SPLIT]: RIGHT, [SKIPPED]: RIGHT });
	await take(binh, { [EASY]: RIGHT, [SPLIT]: 2, [SKIPPED]: RIGHT });
	// Chi's weaker first attempt does not count: the round keeps each person's best.
	await take(chi, { [EASY]: RIGHT, [SPLIT]: 3, [SKIPPED]: 0 });
	await take(chi, { [EASY]: RIGHT, [SPLIT]: RIGHT, [SKIPPED]: null });
	await take(dung, { [EASY]: RIGHT, [SPLIT]: 2, [SKIPPED]: 0 });
	// Started, never submitted: not in the figures.
	await take(late, { [EASY]: 0, [SPLIT]: 0, [SKIPPED]: 0 }, false);

	const [rules] = await db.select().from(round).where(eq(round.id, roundId));
	stats = await loadRoundStatistics(db, rules);
});
afterAll(() => database.close());

const byStem = (stem: string) => stats.questions.find((q) => q.stem === stem)!;

describe('round statistics from the database', () => {
	test('counts one submitted attempt per participant: the best one', () => {
		expect(stats.summary).toMatchObject({ n: 4, questionCount: 3, mean: 2, median: 2 });
		// An 3, Bình 2, Chi 2 (best of 1 and 2), Dũng 1 correct answers.
		expect(stats.histogram.map((b) => b.count)).toEqual([0, 1, 2, 1]);
	});

	test('a question everyone got right has facility 100', () => {
		expect(byStem(EASY)).toMatchObject({ n: 4, facility: 100, discrimination: null, needsReview: true });
	});

	test('counts per option are in the bank’s order whatever each participant saw, and mark the key', () => {
		const split = byStem(SPLIT);
		expect(split.facility).toBe(50);
		expect(split.choices!.options.map((o) => [o.text, o.correct, o.all])).toEqual([
			['Phương án thứ nhất', false, 0],
			['Phương án thứ hai', true, 2],
			['Phương án thứ ba', false, 2],
			// Only Chi's first attempt chose it, and that attempt does not count.
			['Phương án thứ tư', false, 0]
		]);
		const skipped = byStem(SKIPPED);
		expect(skipped.choices!.blank.all).toBe(1);
		expect(skipped.choices!.options[0].all).toBe(1);
	});

	test('participation by unit, and each counting attempt on today’s chart', () => {
		expect(stats.byUnit.map((u) => [u.name, u.count])).toEqual([
			['Xã Tân Thạch', 2],
			['Sở Tư pháp', 1],
			['Tỉnh Đoàn Bến Tre', 1]
		]);
		expect(stats.participation.step).toBe('hour');
		expect(stats.participation.buckets.reduce((total, b) => total + b.count, 0)).toBe(4);
	});

	test('weakest topic first: the skipped question (50) before the easy and the split one (100 and 50)', () => {
		expect(stats.weakestTopics.map((t) => [t.questions, t.facility])).toEqual([
			[1, 50],
			[2, 75]
		]);
	});

	test('the workbook has a row per question and the round summary', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(new Uint8Array(await statisticsWorkbook(stats)).buffer);
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['Câu hỏi', 'Tổng quan', 'Phương án', 'Chủ đề']);
		const questions = workbook.getWorksheet('Câu hỏi')!;
		expect(questions.rowCount).toBe(4);
		const easyRow = questions.getRows(2, 3)!.find((r) => r.getCell(2).value === EASY)!;
		expect([easyRow.getCell(4).value, easyRow.getCell(5).value, easyRow.getCell(10).value]).toEqual([4, 100, 'Cần xem lại']);
		expect(workbook.getWorksheet('Tổng quan')!.getRow(2).values).toEqual([undefined, 'Số bài tính điểm', 4]);
		// Four options and a blank line per question.
		expect(workbook.getWorksheet('Phương án')!.rowCount).toBe(1 + 3 * 5);
	});
});
