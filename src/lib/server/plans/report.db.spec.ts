import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, eq, isNotNull, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { period } from '$lib/plans/periods';
import { createUser } from '$lib/server/auth/users';
import type { Database } from '$lib/server/db/client';
import { answer, attempt, attemptQuestion, bank, contest, plan, question, questionVersion, topic, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { saveAnswer, startAttempt, submitAttempt } from '$lib/server/contests/attempt-commands';
import { createContest, createRound, setContestStatus } from '$lib/server/contests/contests';
import { roundPrizeResults } from '$lib/server/contests/round-results';
import { commitAnnexImport, previewAnnexImport } from './import';
import { createPlan, planAnnex } from './plans';
import { recordProgress } from './progress';
import { unitReport } from './report';
import { reportDocx, reportWorkbook } from './report-files';
import { contestRollIn, linkContestToTask } from './roll-in';
import { createLiveGame } from '$lib/server/live/games';
import { seatPlayer } from '$lib/server/live/seats';
import { GameHost } from '$lib/server/live/host';
import { liveRoundStandings } from '$lib/server/live/results';
import { gameConfigFrom } from '$lib/server/live/setup';
import { rightChoices } from '$lib/server/contests/test-answers';

/** Times in Vietnam, the plan year 2025 (the demo plan is the current year's). */
const at = (iso: string) => new Date(`${iso}+07:00`);
const DAY = 86_400_000;

const ANNEX = [
	'STT\tNội dung\tSản phẩm\tThời gian triển khai\tThời gian hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp',
	'1\tĐăng tin, bài về cải cách hành chính trên Cổng thông tin điện tử tỉnh\tTin, bài (số lượng 24 bài)\tTháng 01\tTháng 12\tSở Thông tin và Truyền thông\tSở Nội vụ',
	'2\tTổ chức Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2025\tCuộc thi\tQuý II\tQuý III\tSở Nội vụ\tTỉnh Đoàn Bến Tre',
	'3\tMở lớp tập huấn kiến thức cải cách hành chính\tLớp (số lượng 03 lớp)\tQuý I\tQuý I\tSở Nội vụ\tUBND các huyện, thành phố'
].join('\n');

let database: Database;
let provinceId: number;
let homeAffairsId: number;
let districtId: number;
let planId: number;
let contestId: number;
let roundIds: number[];

async function unitByCode(code: string) {
	const [found] = await database.db.select().from(unit).where(eq(unit.code, code));
	return found;
}

/** One attempt taken at `when`, with the first `correct` questions answered right, then submitted. */
async function takeRound(roundId: number, userId: string, when: Date, correct: number) {
	const { db } = database;
	const id = await startAttempt(db, roundId, userId, when);
	for (const { position, choice } of (await rightChoices(database.db, id)).slice(0, correct))
		await saveAnswer(db, id, userId, position, { choice }, when);
	await submitAttempt(db, id, userId, 1, new Date(when.getTime() + 60_000 + correct * 1000));
}

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	provinceId = (await unitByCode('BTR')).id;
	homeAffairsId = (await unitByCode('BTR.SNV')).id;
	districtId = (await unitByCode('BTR.CT')).id;
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	planId = await createPlan(
		db,
		{
			unitId: provinceId,
			year: 2025,
			number: '12/KH-UBND',
			issuedOn: '2025-01-10',
			title: 'Kế hoạch thông tin, tuyên truyền CCHC năm 2025',
			basis: '',
			purpose: '',
			content: '',
			organization: '',
			funding: ''
		},
		organizer.id
	);
	await commitAnnexImport(db, planId, await previewAnnexImport(db, planId, { text: ANNEX }), {});
	const tasks = (await planAnnex(db, planId)).tasks;
	await recordProgress(
		db,
		tasks[0].id,
		{ period: '2025-Q1', doneQuantity: 6, completed: false, note: '', evidenceLinks: [] },
		organizer.id
	);
	await recordProgress(
		db,
		tasks[0].id,
		{ period: '2025-Q2', doneQuantity: 7, completed: false, note: '', evidenceLinks: [] },
		organizer.id
	);

	const [{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	contestId = await createContest(
		db,
		{
			title: 'Cuộc thi trực tuyến tìm hiểu CCHC năm 2025',
			rules: '',
			organizerUnitId: homeAffairsId,
			scopeUnitId: provinceId,
			leaderboardPublic: false
		},
		organizer.id
	);
	await setContestStatus(db, contestId, 'open');
	const newRound = (name: string, opens: string) =>
		createRound(db, contestId, {
			name,
			bankId,
			opensAt: at(opens),
			closesAt: new Date(at(opens).getTime() + 7 * DAY),
			timeLimitSeconds: 900,
			blueprint: [{ topicId: null, difficulty: null, count: 5 }],
			shuffleQuestions: true,
			shuffleOptions: true,
			attemptsAllowed: 2,
			countingAttempt: 'best',
			showAnswers: 'after_close',
			predictionEnabled: true,
			prizes: { first: 1, second: 1, third: 0, consolation: 0 }
		});
	roundIds = [await newRound('Tuần 1', '2025-05-05T08:00:00'), await newRound('Tuần 2', '2025-08-04T08:00:00')];
	await linkContestToTask(db, contestId, tasks[1].id);

	const commune = await unitByCode('BTR.CT.02');
	const people = [];
	for (const [i, unitId] of [commune.id, commune.id, homeAffairsId].entries()) {
		people.push(
			await createUser(db, {
				fullName: `Người dự thi ${i + 1}`,
				phone: `0977000${i}00`,
				email: null,
				birthDate: null,
				unitId,
				role: 'participant',
				password: 'matkhau2025'
			})
		);
	}
	const [first, second, third] = people;
	await takeRound(roundIds[0], first, at('2025-05-05T09:00:00'), 5);
	await takeRound(roundIds[0], second, at('2025-05-05T10:00:00'), 2);
	await takeRound(roundIds[0], second, at('2025-05-06T10:00:00'), 4);
	await takeRound(roundIds[1], first, at('2025-08-04T09:00:00'), 3);
	await takeRound(roundIds[1], third, at('2025-08-05T09:00:00'), 1);
});
afterAll(() => database.close());

const endOfYear = at('2025-12-31T10:00:00');

/** What the contest itself produced, straight from its attempts and its results documents. */
async function contestProduced(rounds: number[]) {
	const submitted = await database.db
		.select({ userId: attempt.userId, unitId: user.unitId })
		.from(attempt)
		.innerJoin(user, eq(user.id, attempt.userId))
		.where(and(inArray(attempt.roundId, rounds), isNotNull(attempt.submittedAt)));
	const results = await Promise.all(rounds.map((id) => roundPrizeResults(database.db, id)));
	const counted = results.flatMap((r) => r.ranked.map((entry) => entry.score));
	return {
		roundsHeld: rounds.length,
		participants: new Set(submitted.map((a) => a.userId)).size,
		attempts: submitted.length,
		unitsTakingPart: new Set(submitted.map((a) => a.unitId)).size,
		prizeWinners: results.reduce((sum, r) => sum + r.prizes.size, 0),
		averageScore: counted.reduce((a, b) => a + b, 0) / counted.length
	};
}

/**
 * Each topic's mean share of right answers over its questions, straight from the rows: an online
 * attempt was asked what it drew, a live player the questions the game graded for them.
 */
async function topicsAnswered(rounds: number[], liveRound: number) {
	const { db } = database;
	const submitted = and(inArray(attempt.roundId, rounds), isNotNull(attempt.submittedAt));
	const drawn = await db
		.select({ attemptId: attemptQuestion.attemptId, versionId: attemptQuestion.versionId })
		.from(attemptQuestion)
		.innerJoin(attempt, eq(attempt.id, attemptQuestion.attemptId))
		.where(submitted);
	const answers = await db
		.select({ attemptId: answer.attemptId, versionId: answer.versionId, correct: answer.correct, roundId: attempt.roundId })
		.from(answer)
		.innerJoin(attempt, eq(attempt.id, answer.attemptId))
		.where(submitted);
	const asked = [...drawn, ...answers.filter((a) => a.roundId === liveRound && a.correct !== null)];
	const correctOf = new Map(answers.map((a) => [`${a.attemptId}:${a.versionId}`, a.correct]));
	const perQuestion = new Map<number, { asked: number; right: number }>();
	for (const { attemptId, versionId } of asked) {
		const q = perQuestion.get(versionId) ?? { asked: 0, right: 0 };
		q.asked++;
		if (correctOf.get(`${attemptId}:${versionId}`) === true) q.right++;
		perQuestion.set(versionId, q);
	}
	const topics = await db
		.select({ versionId: questionVersion.id, name: topic.name })
		.from(questionVersion)
		.innerJoin(question, eq(question.id, questionVersion.questionId))
		.leftJoin(topic, eq(topic.id, question.topicId))
		.where(inArray(questionVersion.id, [...perQuestion.keys()]));
	const shares = new Map<string | null, number[]>();
	for (const { versionId, name } of topics) {
		const { asked: n, right } = perQuestion.get(versionId)!;
		shares.set(name, [...(shares.get(name) ?? []), (100 * right) / n]);
	}
	return new Map(
		[...shares].map(([name, values]) => [name, { questions: values.length, facility: values.reduce((a, b) => a + b, 0) / values.length }])
	);
}

describe('the year report of a plan with a linked contest', () => {
	test('gives the contest figures the contest produced', async () => {
		const { report } = await unitReport(database.db, provinceId, period(2025, 'Y'), endOfYear);
		const produced = await contestProduced(roundIds);
		expect(produced).toEqual({
			roundsHeld: 2,
			participants: 3,
			attempts: 5,
			unitsTakingPart: 2,
			prizeWinners: 4,
			averageScore: (5 + 4 + 3 + 1) / 4
		});
		expect(report.contests).toMatchObject({ contestsHeld: 1, ...produced });
		expect(report.contests.averageCorrectRate).toBeCloseTo(13 / 20);
		expect(report.contests.units.map((u) => [u.name, u.participants])).toEqual([
			['Xã Tân Thạch', 2],
			['Sở Nội vụ', 1]
		]);
	});

	test('a quarter holds only the rounds opened in it', async () => {
		const { report } = await unitReport(database.db, provinceId, period(2025, 'Q2'), endOfYear);
		expect(report.contests).toMatchObject({ ...(await contestProduced([roundIds[0]])), roundsHeld: 1 });
		expect(report.contests.participants).toBe(2);
		// Its round opened in May: by the quarter's end the contest task is under way, though nobody typed anything in.
		expect(report.tasks.find((task) => task.stt === '2')?.status).toBe('in_progress');
	});

	test('counts tasks by status and products against their targets, the subtree rolled up', async () => {
		const year = await unitReport(database.db, provinceId, period(2025, 'Y'), endOfYear);
		// Only this plan is of 2025: the demo plan is the current year's.
		expect(year.plans).toEqual([
			{
				number: '12/KH-UBND',
				issuedOn: '2025-01-10',
				title: 'Kế hoạch thông tin, tuyên truyền CCHC năm 2025',
				unitName: 'Ủy ban nhân dân tỉnh Bến Tre'
			}
		]);
		expect(year.report.planned).toBe(3);
		// The articles run to the year's last day; the contest task is past Quý III and nobody marked it
		// done: a linked contest informs the report, the lead unit decides when its task is done.
		expect(year.report.byStatus).toEqual({ not_started: 0, in_progress: 1, done: 0, overdue: 2 });
		expect(year.report.products[0]).toMatchObject({ kind: 'Tin, bài', target: 24, doneInPeriod: 13, doneToDate: 13 });

		const homeAffairs = await unitReport(database.db, homeAffairsId, period(2025, 'Y'), endOfYear);
		expect(homeAffairs.report.tasks.map((t) => t.stt)).toEqual(['2', '3']);
		expect(homeAffairs.report.contests.participants).toBe(3);
		const district = await unitReport(database.db, districtId, period(2025, 'Y'), endOfYear);
		expect(district.report).toMatchObject({ planned: 0, contests: { roundsHeld: 0 } });
	});
});

describe('the demo', () => {
	test('has this year’s province plan with the demo contest linked to its contest task', async () => {
		const [demoPlan] = await database.db.select().from(plan).where(eq(plan.number, '105/KH-UBND'));
		const { tasks } = await planAnnex(database.db, demoPlan.id);
		expect(tasks).toHaveLength(6);
		expect(tasks.every((t) => t.leadUnitId !== null)).toBe(true);
		const [linked] = await database.db.select({ title: contest.title }).from(contest).where(eq(contest.planTaskId, tasks[2].id));
		expect(linked.title).toBe('Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026');
	});
});

/** Paragraph texts of a WordprocessingML part, runs joined. */
function paragraphs(xml: string): string[] {
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
		[...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
	);
}

const run = promisify(execFile);

async function hasLibreOffice(): Promise<boolean> {
	return run('sh', ['-c', 'command -v soffice || command -v libreoffice']).then(
		() => true,
		() => false
	);
}

describe('the report as files', () => {
	test('the .docx is A4 in the decree’s margins and font, with its header block, sections and tables; with LibreOffice installed it converts to PDF', async () => {
		const data = await unitReport(database.db, provinceId, period(2025, 'Y'), endOfYear);
		const bytes = await reportDocx(data, { number: '12/BC-UBND', signer: 'Nguyễn Văn A', signerTitle: 'Phó Chủ tịch Thường trực' });
		const zip = await JSZip.loadAsync(bytes);
		const document = await zip.file('word/document.xml')!.async('string');
		const styles = await zip.file('word/styles.xml')!.async('string');

		// A4 (210 × 297 mm) and margins top/bottom 20, left 30, right 15 mm, in twentieths of a point.
		expect(document).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
		expect(document).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
		expect(styles).toContain('w:ascii="Times New Roman"');
		expect(styles).toMatch(/<w:sz w:val="28"\/>/);

		const texts = paragraphs(document);
		for (const line of [
			'ỦY BAN NHÂN DÂN TỈNH BẾN TRE',
			'Số: 12/BC-UBND',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Bến Tre, ngày 31 tháng 12 năm 2025',
			'BÁO CÁO',
			'Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính năm 2025',
			'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
			'II. SẢN PHẨM THÔNG TIN, TUYÊN TRUYỀN',
			'III. CÁC CUỘC THI, HỘI THI TÌM HIỂU CẢI CÁCH HÀNH CHÍNH',
			'IV. NHIỆM VỤ CHƯA HOÀN THÀNH',
			'Nơi nhận:',
			'- Bộ Nội vụ;',
			'- Lưu: VT.',
			'TM. ỦY BAN NHÂN DÂN',
			'KT. CHỦ TỊCH',
			'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
			'Nguyễn Văn A'
		])
			expect(texts).toContain(line);
		expect(texts.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(texts.indexOf('BÁO CÁO'));
		expect(texts.indexOf('Nơi nhận:')).toBeGreaterThan(texts.indexOf('IV. NHIỆM VỤ CHƯA HOÀN THÀNH'));
		// The header block, ten data tables (statuses, tasks, products, their totals, contest figures,
		// rounds, units, score bands, weakest topics, unfinished) and the closing block.
		expect(document.match(/<w:tbl>/g)).toHaveLength(12);
		expect(texts).toContain('Số người dự thi');
		// The contests part names the weakest topics with their share of right answers.
		const weakest = data.report.contests.weakestTopics;
		expect(weakest.length).toBeGreaterThan(0);
		const sentence = texts.find((text) => text.startsWith('Các chủ đề có tỷ lệ trả lời đúng thấp nhất: '));
		expect(sentence).toContain(`${weakest[0].topic ?? 'Chưa phân chủ đề'} (`);
		expect(texts.indexOf(sentence!)).toBeGreaterThan(texts.indexOf('III. CÁC CUỘC THI, HỘI THI TÌM HIỂU CẢI CÁCH HÀNH CHÍNH'));
		expect(texts.some((text) => /^Bảng \d+\. Các chủ đề có tỷ lệ trả lời đúng thấp nhất$/.test(text))).toBe(true);

		// Page numbers centred at the top, from the second page: a first-page header left empty.
		expect(document).toContain('<w:titlePg/>');
		const headers = await Promise.all(
			Object.keys(zip.files)
				.filter((name) => /^word\/header\d+\.xml$/.test(name))
				.map((name) => zip.file(name)!.async('string'))
		);
		expect(headers.filter((xml) => xml.includes('PAGE'))).toHaveLength(1);
		expect(headers.find((xml) => xml.includes('PAGE'))).toContain('<w:jc w:val="center"/>');

		if (!(await hasLibreOffice())) return;
		const dir = await mkdtemp(join(tmpdir(), 'hoithi-report-'));
		try {
			await writeFile(join(dir, 'bao-cao.docx'), bytes);
			await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'bao-cao.docx')], { timeout: 120_000 });
			const pdf = await readFile(join(dir, 'bao-cao.pdf'));
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}, 180_000);

	test('the .xlsx has one sheet a table, figures as numbers', async () => {
		const data = await unitReport(database.db, provinceId, period(2025, 'Y'), endOfYear);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(new Uint8Array(await reportWorkbook(data)).buffer);
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'Thông tin',
			'Tình trạng',
			'Nhiệm vụ',
			'Sản phẩm',
			'Sản phẩm theo loại',
			'Cuộc thi',
			'Đợt thi',
			'Đơn vị dự thi',
			'Phân bố kết quả',
			'Chủ đề yếu',
			'Chưa hoàn thành'
		]);
		const figures = workbook.getWorksheet('Cuộc thi')!;
		expect(figures.getRow(4).values).toEqual([undefined, 'Số người dự thi', 3]);
		expect(figures.getRow(7).values).toEqual([undefined, 'Số giải cá nhân', 4]);
		expect(workbook.getWorksheet('Thông tin')!.getRow(3).values).toEqual([undefined, 'Kỳ báo cáo', 'Năm 2025']);
		// Bands of 10 % with the counting results in each: 5/5 and 4/5 in Tuần 1, 3/5 and 1/5 in Tuần 2.
		const bands = workbook.getWorksheet('Phân bố kết quả')!;
		expect(bands.getRow(4).values).toEqual([undefined, '20 – dưới 30 %', 1]);
		expect(bands.getRow(11).values).toEqual([undefined, '90 – 100 %', 1]);
		expect(Array.from({ length: 10 }, (_, i) => bands.getRow(i + 2).getCell(2).value)).toEqual([0, 0, 1, 0, 0, 0, 1, 0, 1, 1]);
		const topics = workbook.getWorksheet('Chủ đề yếu')!;
		expect(topics.getRow(1).values).toEqual([undefined, 'STT', 'Chủ đề', 'Số câu hỏi', 'Tỷ lệ trả lời đúng (%)']);
		expect(topics.getRow(2).values).toEqual([
			undefined,
			1,
			data.report.contests.weakestTopics[0].topic ?? 'Chưa phân chủ đề',
			data.report.contests.weakestTopics[0].questions,
			Math.round(data.report.contests.weakestTopics[0].facility * 10) / 10
		]);
	});
});

describe('an online contest and a live game linked to one task', () => {
	test('the year report counts the live game’s players, guests included, and its answers in the score bands and weakest topics, from the same results model', async () => {
		const { db } = database;
		const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
		const [{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
		const before = await unitReport(db, provinceId, period(2025, 'Y'), endOfYear);
		// A stage game of the same contest in August 2025: one guest and one person with an account.
		let clock = at('2025-08-01T09:00:00').getTime();
		const config = await gameConfigFrom(
			db,
			bankId,
			[{ kind: 'knowledge', title: 'Khởi động', count: 2, timeLimitSec: 20, points: 10, pointsMode: 'fixed' }],
			[]
		);
		const game = await createLiveGame(
			db,
			{ contestId, bankId, title: 'Chung kết', guests: true, config, createdBy: organizer.id },
			new Date(clock)
		);
		const host = (await GameHost.load(
			db,
			game.id,
			() => {},
			() => clock
		))!;
		const commune = await unitByCode('BTR.CT.02');
		const member = await createUser(db, {
			fullName: 'Lê Văn Chung Kết',
			birthDate: null,
			phone: '0977111222',
			email: null,
			unitId: commune.id,
			role: 'participant',
			password: 'matkhau123'
		});
		const seats = [
			await seatPlayer(db, game, { userId: null, name: 'Hải Âu', unitId: null }),
			await seatPlayer(db, game, { userId: member, name: 'Lê Văn Chung Kết', unitId: commune.id })
		];
		for (const [i, s] of seats.entries()) {
			host.seated(s.playerId, s.attemptId);
			await host.submit({ type: 'join', name: `Người chơi ${i}` }, { role: 'player', id: s.playerId });
		}
		await host.submit({ type: 'start' }, { role: 'host', id: organizer.id });
		clock += 2000;
		const { segment, question } = host.state.current!.position;
		const key = host.state.config.segments[segment].questions[question].key as { correct: number };
		await host.submit(
			{ type: 'answer', answerId: 'x', position: { segment, question }, response: { choice: key.correct } },
			{ role: 'player', id: seats[0].playerId }
		);
		await host.submit({ type: 'lock' }, { role: 'host', id: organizer.id });
		await host.submit({ type: 'reveal' }, { role: 'host', id: organizer.id });
		await host.submit({ type: 'end' }, { role: 'host', id: organizer.id });
		host.close();

		const { ranked } = await liveRoundStandings(db, game.roundId);
		expect(ranked.map((r) => r.score)).toEqual([10, 0]);
		const { report } = await unitReport(db, provinceId, period(2025, 'Y'), endOfYear);
		expect(report.contests.roundsHeld).toBe(before.report.contests.roundsHeld + 1);
		expect(report.contests.participants).toBe(before.report.contests.participants + 2);
		expect(report.contests.attempts).toBe(before.report.contests.attempts + 2);
		const online = await Promise.all(roundIds.map((id) => roundPrizeResults(db, id)));
		const onlineScores = online.flatMap((r) => r.ranked.map((e) => e.score));
		const scores = [...onlineScores, ...ranked.map((r) => r.score)];
		expect(report.contests.averageScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length);

		// Score bands: each counting result (one per person and round) by its share of right answers.
		const results = [
			...online.flatMap((r) => r.ranked.map((e) => [e.correctCount, r.questionCount])),
			...ranked.map((r) => [r.correctCount, 2])
		];
		const bandCounts = Array<number>(10).fill(0);
		for (const [correct, of] of results) bandCounts[Math.min(9, Math.floor((correct * 10) / of))]++;
		expect(bandCounts).toEqual([1, 0, 1, 0, 0, 1, 1, 0, 1, 1]); // 0/2, 1/5, 1/2, 3/5, 4/5, 5/5
		expect(report.contests.scoreBands.map((b) => b.count)).toEqual(bandCounts);

		// Weakest topics, from the rows: every question put to someone in the three rounds.
		const expected = await topicsAnswered([...roundIds, game.roundId], game.roundId);
		const [{ taskId }] = await db.select({ taskId: contest.planTaskId }).from(contest).where(eq(contest.id, contestId));
		const { weakestTopics: all } = await contestRollIn(db, taskId!, period(2025, 'Y'), endOfYear);
		expect(all.length).toBeGreaterThan(5);
		expect(all.map((w) => w.topic).sort()).toEqual([...expected.keys()].sort());
		for (const w of all) {
			expect(w.questions).toBe(expected.get(w.topic)!.questions);
			expect(w.facility).toBeCloseTo(expected.get(w.topic)!.facility, 9);
		}
		const facilities = all.map((w) => w.facility);
		expect(facilities).toEqual([...facilities].sort((a, b) => a - b));
		// The report names the five weakest.
		expect(report.contests.weakestTopics).toEqual(all.slice(0, 5));
	});
});
