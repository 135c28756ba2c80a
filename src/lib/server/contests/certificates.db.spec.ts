import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '$lib/server/auth/users';
import type { Database } from '$lib/server/db/client';
import { bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { readPdf, type PdfPage } from '$lib/server/documents/test-pdf';
import { saveAnswer, startAttempt, submitAttempt } from './attempt-commands';
import { certificatesPdf, winnersListPdf } from './certificates';
import { createContest, createRound, setContestStatus } from './contests';
import { rightChoices } from '$lib/server/contests/test-answers';

const MINUTE = 60_000;
const LONG_NAME = 'Công Tằng Tôn Nữ Thị Hoàng Phương Thảo Nguyễn Ngọc Bảo Trâm Anh Khuê';
/** Name, unit code, questions answered right (of 5), minutes taken. */
const PEOPLE: [string, string, number, number][] = [
	['Nguyễn Thị Hồng', 'BTR.CT.02', 5, 3],
	['Trần Thị Ngọc Ánh', 'BTR.CT.02', 4, 4],
	['Lê Hoàng Phúc', 'BTR.STP', 3, 2],
	[LONG_NAME, 'BTR.GT.03', 2, 6],
	['Đặng Văn Út', 'BTR.GT.03', 0, 1]
];

let database: Database;
let roundId: number;
const opensAt = new Date(Date.now() - 60 * MINUTE);
const closesAt = new Date(Date.now() + 60 * MINUTE);

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const unitId = async (code: string) => (await db.select({ id: unit.id }).from(unit).where(eq(unit.code, code)))[0].id;
	const [{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	const contestId = await createContest(
		db,
		{
			title: 'Hội thi tìm hiểu cải cách hành chính năm 2026',
			rules: '',
			organizerUnitId: await unitId('BTR.SNV'),
			scopeUnitId: await unitId('BTR'),
			leaderboardPublic: false
		},
		organizer.id
	);
	await setContestStatus(db, contestId, 'open');
	roundId = await createRound(db, contestId, {
		name: 'Đợt 2',
		bankId,
		opensAt,
		closesAt,
		timeLimitSeconds: 600,
		blueprint: [{ topicId: null, difficulty: null, count: 5 }],
		shuffleQuestions: true,
		shuffleOptions: true,
		attemptsAllowed: 1,
		countingAttempt: 'best',
		showAnswers: 'after_close',
		predictionEnabled: true,
		prizes: { first: 1, second: 1, third: 1, consolation: 1 }
	});
	for (const [i, [fullName, code, right, minutes]] of PEOPLE.entries()) {
		const id = await createUser(db, {
			fullName,
			birthDate: null,
			phone: `096610000${i}`,
			email: null,
			unitId: await unitId(code),
			role: 'participant',
			password: 'matkhau123'
		});
		const started = new Date(Date.now() - 30 * MINUTE);
		const attemptId = await startAttempt(db, roundId, id, started);
		for (const { position, choice } of (await rightChoices(database.db, attemptId)).slice(0, right))
			await saveAnswer(db, attemptId, id, position, { choice }, started);
		await submitAttempt(db, attemptId, id, 1, new Date(started.getTime() + minutes * MINUTE + 25_000));
	}
});
afterAll(() => database.close());

const A4 = { width: 595, height: 842 };
const flat = (page: PdfPage) => page.text.replace(/\s+/g, ' ');

/** No text runs into the page's outer 10 mm (page numbers sit in the top margin): nothing overflowed its box. */
function expectInsidePage(page: PdfPage) {
	const edge = 10 * (72 / 25.4);
	for (const run of page.runs) {
		expect(run.left, run.text).toBeGreaterThan(edge);
		expect(run.right, run.text).toBeLessThan(page.width - edge);
		expect(run.baseline, run.text).toBeGreaterThan(edge);
		expect(run.baseline, run.text).toBeLessThan(page.height - edge);
	}
}

describe('winners list and certificates', () => {
	test('the winners list is an A4 portrait page in the official layout, with a table per prize and the collective prizes', async () => {
		const { pages, fonts } = await readPdf(await winnersListPdf(database.db, roundId));
		expect(pages.map(({ width, height }) => ({ width, height }))).toEqual(pages.map(() => A4));
		const text = pages.map(flat).join(' ');
		for (const expected of [
			'ỦY BAN NHÂN DÂN TỈNH BẾN TRE',
			'SỞ NỘI VỤ',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'DANH SÁCH ĐẠT GIẢI',
			'Hội thi tìm hiểu cải cách hành chính năm 2026',
			'Kết quả tạm thời',
			'Số người dự thi: 5. Số người trả lời đúng tất cả 5 câu hỏi: 1.',
			'1. Giải Nhất (1 người)',
			'Nguyễn Thị Hồng Xã Tân Thạch 5/5 3:25',
			'2. Giải Nhì (1 người)',
			'Trần Thị Ngọc Ánh Xã Tân Thạch 4/5 4:25',
			'3. Giải Ba (1 người)',
			'Lê Hoàng Phúc Sở Tư pháp 3/5 2:25',
			'4. Giải Khuyến khích (1 người)',
			'II. GIẢI TẬP THỂ',
			'1 Xã Tân Thạch 2 20 10%',
			'TM. BAN TỔ CHỨC'
		]) {
			expect(text).toContain(expected);
		}
		expect(text).toContain(`Bến Tre, ngày`);
		expect(text).not.toContain('Đặng Văn Út');
		pages.forEach(expectInsidePage);
		expect(fonts.length).toBeGreaterThan(0);
		expect(fonts.every((f) => f.embedded && /^[A-Z]{6}\+Tinos-/.test(f.name))).toBe(true);
	});

	test('once the round has closed the list is final and dated the day it closed', async () => {
		const { pages } = await readPdf(await winnersListPdf(database.db, roundId, new Date(closesAt.getTime() + MINUTE)));
		const text = pages.map(flat).join(' ');
		expect(text).not.toContain('Kết quả tạm thời');
		const [day, month, year] = new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Asia/Ho_Chi_Minh',
			day: '2-digit',
			month: 'numeric',
			year: 'numeric'
		})
			.format(closesAt)
			.split('/');
		expect(text).toContain(`Bến Tre, ngày ${day} tháng ${Number(month) <= 2 ? `0${month}` : month} năm ${year}`);
	});

	test('each prize winner gets one A4 landscape certificate, in rank order, a long name wrapped within the page', async () => {
		const { pages, fonts } = await readPdf(await certificatesPdf(database.db, roundId));
		expect(pages).toHaveLength(4);
		const winners: [string, string, string][] = [
			['Nguyễn Thị Hồng', 'Xã Tân Thạch', 'Giải Nhất'],
			['Trần Thị Ngọc Ánh', 'Xã Tân Thạch', 'Giải Nhì'],
			['Lê Hoàng Phúc', 'Sở Tư pháp', 'Giải Ba'],
			[LONG_NAME, 'Xã Châu Hòa', 'Giải Khuyến khích']
		];
		pages.forEach((page, i) => {
			const [name, unitName, prize] = winners[i];
			expect({ width: page.width, height: page.height }).toEqual({ width: A4.height, height: A4.width });
			const text = flat(page);
			expect(text).toContain('GIẤY CHỨNG NHẬN');
			// Printed while the round is open: every page says so.
			expect(text).toContain('KẾT QUẢ TẠM THỜI');
			expect(text).toContain(
				`Chứng nhận Ông (Bà) ${name} Đơn vị: ${unitName} Đã đạt ${prize} Đợt 2 Hội thi tìm hiểu cải cách hành chính năm 2026`
			);
			expect(text).toMatch(/Bến Tre, ngày \d\d tháng \d+ năm \d{4} TM\. BAN TỔ CHỨC TRƯỞNG BAN/);
			expectInsidePage(page);
		});
		expect(fonts.every((f) => f.embedded && /^[A-Z]{6}\+Tinos-/.test(f.name))).toBe(true);
	});

	test('certificates issued after the close carry no provisional mark and the date they are issued', async () => {
		const issued = new Date(closesAt.getTime() + 3 * 24 * 60 * MINUTE);
		const { pages } = await readPdf(await certificatesPdf(database.db, roundId, issued));
		const [day] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit' }).format(issued).split('/');
		for (const page of pages) {
			expect(flat(page)).not.toContain('KẾT QUẢ TẠM THỜI');
			expect(flat(page)).toContain(`Bến Tre, ngày ${day} tháng`);
		}
	});
});
