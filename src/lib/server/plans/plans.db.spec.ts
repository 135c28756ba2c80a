import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ANNEX_COLUMNS, type AnnexParse } from '$lib/plans/annex-table';
import { period } from '$lib/plans/periods';
import type { Database } from '$lib/server/db/client';
import { attempt, bank, media, planTask, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/test-db';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import { createContest, createRound } from '$lib/server/contests/contests';
import { createUnit } from '$lib/server/units/service';
import type { UnitRecord } from '$lib/units/tree';
import { derivablePlans, derivePlanFor } from './derive';
import { AnnexImportError, annexSource, commitAnnexImport, previewAnnexImport, readAnnexFile, type AnnexPreview } from './import';
import { createPlan, derivePlan, getPlan, planAnnex, PlanError, updatePlan, type PlanInput } from './plans';
import { attachEvidence, evidenceFile, evidenceOf, removeEvidence } from './evidence';
import { progressOf, recordProgress, taskBoard } from './progress';
import { contestRollIn, linkContestToTask } from './roll-in';
import { seedPlan } from '../../../../tests/fixtures/seeds';

const asFile = (text: string, name: string) => new File([text], name);

let database: Database;
const units: Record<string, UnitRecord> = {};
let benTrePlan: number;
let dakNongPlan: number;

/** Two provinces with the units the seed plans name, so that a name may exist in both. */
async function createProvinces() {
	const { db } = database;
	const add = async (key: string, name: string, parent: string | null, headcount = 0) => {
		units[key] = await createUnit(db, {
			code: key,
			name,
			kind: parent ? 'department' : 'province',
			headcount,
			parentId: parent ? units[parent].id : null
		});
	};
	await add('BT', 'Ủy ban nhân dân tỉnh Bến Tre', null);
	await add('BT.SNV', 'Sở Nội vụ', 'BT', 80);
	await add('BT.BDK', 'Báo Đồng Khởi', 'BT');
	await add('BT.PTTH', 'Đài Phát thanh và Truyền hình Bến Tre', 'BT');
	await add('BT.DBQH', 'Đoàn ĐBQH tỉnh', 'BT');
	await add('BT.CT', 'Huyện Châu Thành', 'BT', 100);
	await add('BT.CT.TT', 'Xã Tân Thạch', 'BT.CT', 20);
	await add('DN', 'Ủy ban nhân dân tỉnh Đắk Nông', null);
	await add('DN.SNV', 'Sở Nội vụ', 'DN');
	await add('DN.DK', 'Đoàn Khối các cơ quan và Doanh nghiệp tỉnh', 'DN');
	await add('DN.PTTH', 'Đài Phát thanh và Truyền hình tỉnh', 'DN');
	await add('DN.VP', 'Văn phòng Ủy ban nhân dân tỉnh', 'DN');
	await add('DN.HHDN', 'Hiệp hội Doanh nghiệp tỉnh', 'DN');
	await add('DN.STP', 'Sở Tư pháp', 'DN');
	await add('DN.TCT', 'Trường Chính trị tỉnh', 'DN');
	await add('DN.KHCN', 'Sở KH&CN', 'DN');
	await add('DN.TTTT', 'Sở Thông tin và Truyền thông', 'DN');
	await add('DN.BAO', 'Báo Đắk Nông', 'DN');
	await add('DN.KB', 'Kho bạc Nhà nước Đắk Nông', 'DN');
}

const planInput = (unitId: number, year: number, title: string): PlanInput => ({
	unitId,
	year,
	number: '',
	issuedOn: null,
	title,
	basis: '',
	purpose: '',
	content: '',
	organization: '',
	funding: ''
});

const creator = 'plan-author';

beforeAll(async () => {
	database = await openTestDatabase();
	await createProvinces();
	await database.db.insert(user).values({
		id: creator,
		fullName: 'Chuyên viên Sở Nội vụ',
		phone: '0911000000',
		unitId: units['BT.SNV'].id,
		role: 'organizer',
		passwordHash: 'x'
	});
	benTrePlan = await createPlan(
		database.db,
		planInput(units.BT.id, 2021, 'Kế hoạch thông tin, tuyên truyền về cải cách hành chính năm 2021'),
		creator
	);
	dakNongPlan = await createPlan(
		database.db,
		planInput(units.DN.id, 2020, 'Kế hoạch thông tin, tuyên truyền công tác CCHC tỉnh Đắk Nông năm 2020'),
		creator
	);
});
afterAll(() => database.close());

const taskNumbered = async (planId: number, stt: string) => (await planAnnex(database.db, planId)).tasks.find((t) => t.stt === stt)!;
const caught = async (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(error: unknown) => error
	);

describe('a plan', () => {
	test('keeps its số / ký hiệu, date and sections', async () => {
		const { db } = database;
		await updatePlan(db, benTrePlan, {
			...planInput(units.BT.id, 2021, 'Kế hoạch thông tin, tuyên truyền về cải cách hành chính năm 2021'),
			number: '105/KH-UBND',
			issuedOn: '2020-12-30',
			basis: 'Thực hiện Kế hoạch số 7018/KH-UBND ngày 29 tháng 12 năm 2020 …',
			funding: 'Ngân sách tỉnh.'
		});
		const found = await getPlan(db, benTrePlan);
		expect(found).toMatchObject({
			unitName: 'Ủy ban nhân dân tỉnh Bến Tre',
			plan: { number: '105/KH-UBND', issuedOn: '2020-12-30', funding: 'Ngân sách tỉnh.' }
		});
		await expect(updatePlan(db, 999_999, planInput(units.BT.id, 2021, 'x'))).rejects.toMatchObject({ code: 'plans.notFound' });
	});
});

describe('importing the Bến Tre 2021 annex', () => {
	let preview: AnnexPreview;
	const agency = (name: string) => preview.agencies.find((a) => a.name === name)!.match;

	test('the preview lists its tasks, matches agencies within the province and names the unknown one', async () => {
		preview = await previewAnnexImport(database.db, benTrePlan, { file: asFile(seedPlan('002_77040273e88d3b8a.txt'), 'phu-luc.txt') });
		expect(preview.tasks).toHaveLength(13);
		expect(agency('Sở Nội vụ')).toMatchObject({ confidence: 'exact', candidates: [{ unitId: units['BT.SNV'].id }] });
		expect(agency('Đoàn Đại biểu Quốc hội tỉnh')).toMatchObject({ confidence: 'exact', candidates: [{ unitId: units['BT.DBQH'].id }] });
		// Đắk Nông has a unit of exactly this name; Bến Tre's own is only close, so a person confirms it.
		expect(agency('Đài Phát thanh và Truyền hình tỉnh')).toMatchObject({
			confidence: 'probable',
			candidates: [{ unitId: units['BT.PTTH'].id }]
		});
		expect(agency('UBND các huyện, thành phố')).toEqual({ name: 'UBND các huyện, thành phố', group: true });
		expect(agency('Trung tâm Xúc tiến Đầu tư và Khởi nghiệp')).toMatchObject({ confidence: 'unknown' });
		expect(preview.errors).toEqual([
			{
				row: 214,
				column: ANNEX_COLUMNS.lead,
				message: 'plans.annex.unknownAgency',
				params: { value: 'Trung tâm Xúc tiến Đầu tư và Khởi nghiệp' }
			}
		]);
	});

	test('a commit with a name unknown or unconfirmed writes nothing and lists every such row', async () => {
		const error = await caught(commitAnnexImport(database.db, benTrePlan, preview, {}));
		expect(error).toBeInstanceOf(AnnexImportError);
		expect((error as AnnexImportError).rows.map((e) => [e.row, e.column, e.message])).toEqual([
			[203, ANNEX_COLUMNS.partners, 'plans.annex.unconfirmedAgency'],
			[208, ANNEX_COLUMNS.lead, 'plans.annex.unconfirmedAgency'],
			[209, ANNEX_COLUMNS.lead, 'plans.annex.unconfirmedAgency'],
			[214, ANNEX_COLUMNS.lead, 'plans.annex.unknownAgency']
		]);
		expect(await database.db.select().from(planTask).where(eq(planTask.planId, benTrePlan))).toEqual([]);
	});

	test('with the names confirmed, tasks keep their quantities, periods and units', async () => {
		const { db } = database;
		const centre = await createUnit(db, {
			code: 'BT.XTDT',
			name: 'Trung tâm Xúc tiến Đầu tư và Khởi nghiệp',
			kind: 'other',
			headcount: 0,
			parentId: units.BT.id
		});
		const radio = units['BT.PTTH'].id;
		const mapping = { 'Đài Phát thanh và Truyền hình tỉnh': radio, 'Đài Phát thanh và truyền hình tỉnh': radio };
		expect(await commitAnnexImport(db, benTrePlan, preview, mapping)).toEqual({ tasks: 13 });

		const articles = await taskNumbered(benTrePlan, '4');
		expect(articles).toMatchObject({
			productKind: 'Bài báo',
			targetQuantity: 24,
			productUnit: 'bài',
			leadName: 'Báo Đồng Khởi',
			startsOn: '2021-01-01',
			endsOn: '2021-12-31'
		});
		expect(articles.partners).toEqual([{ unitId: units['BT.SNV'].id, name: 'Sở Nội vụ', coLead: false }]);
		const contest = await taskNumbered(benTrePlan, '10');
		expect(contest).toMatchObject({
			productKind: 'Cuộc thi',
			targetQuantity: null,
			leadUnitId: units['BT.SNV'].id,
			startsOn: '2021-04-01',
			endsOn: '2021-09-30'
		});
		expect(contest.timelineText).toBe('Quý II/2021 – Quý III/2021');
		expect(contest.partners).toEqual([]); // "UBND các huyện, thành phố" is a group: kept as text only
		expect(contest.partnersText).toBe('UBND các huyện, thành phố');
		expect((await taskNumbered(benTrePlan, '3')).partners.map((p) => p.name).sort()).toEqual([
			'Báo Đồng Khởi',
			'Đài Phát thanh và Truyền hình Bến Tre'
		]);
		expect(await taskNumbered(benTrePlan, '5')).toMatchObject({ targetQuantity: 1, startsOn: '2020-12-01', endsOn: '2021-01-31' });
		expect(await taskNumbered(benTrePlan, '6')).toMatchObject({ targetQuantity: null, productDetail: 'Không giới hạn' });
		expect(await taskNumbered(benTrePlan, '9')).toMatchObject({
			leadUnitId: null,
			leadText: 'Các Đài truyền thanh cấp huyện và hệ thống truyền thanh cấp xã'
		});
		expect(await taskNumbered(benTrePlan, '12')).toMatchObject({ leadUnitId: centre.id, targetQuantity: 12 });
		expect(await taskNumbered(benTrePlan, '13')).toMatchObject({ leadUnitId: units['BT.DBQH'].id, partners: [] });
	});
});

describe('importing the Đắk Nông 2020 list', () => {
	test('every named unit of the province is found, and no other province’s', async () => {
		const { db } = database;
		// Pasted into the page this time; "Thường xuyên trong năm" takes the plan's year.
		const preview = await previewAnnexImport(db, dakNongPlan, { text: seedPlan('000_959ca475dbccc435.txt') });
		expect(preview.errors).toEqual([]);
		expect(preview.agencies.filter((a) => !a.match.group && a.match.confidence !== 'exact')).toEqual([]);
		expect(await commitAnnexImport(db, dakNongPlan, preview, {})).toEqual({ tasks: 16 });

		const contest = await taskNumbered(dakNongPlan, '2');
		expect(contest).toMatchObject({ leadUnitId: units['DN.DK'].id, startsOn: '2020-03-01', endsOn: '2020-07-31', targetQuantity: null });
		expect(contest.partners.map((p) => p.unitId)).toEqual([units['DN.SNV'].id]);
		expect(await taskNumbered(dakNongPlan, '1')).toMatchObject({ leadUnitId: units['DN.SNV'].id, endsOn: '2020-08-31' });
		expect(await taskNumbered(dakNongPlan, '9')).toMatchObject({ leadUnitId: units['DN.KHCN'].id });
		expect(await taskNumbered(dakNongPlan, '14')).toMatchObject({ leadUnitId: units['DN.KB'].id });
		expect(await taskNumbered(dakNongPlan, '3')).toMatchObject({
			timeline: { kind: 'recurring', every: 'monthly', year: 2020 },
			startsOn: '2020-01-01',
			endsOn: '2020-12-31'
		});
		expect(await taskNumbered(dakNongPlan, '15')).toMatchObject({
			leadUnitId: null,
			leadText: 'Các Sở, Ban, ngành; UBND cấp huyện, cấp xã'
		});
	});
});

describe('an annex in a spreadsheet', () => {
	test('is read from .xlsx with its two heading rows and sections', async () => {
		const xlsx = await workbookOfSheets([
			{
				name: 'Phụ lục',
				headings: ['STT', 'Nội dung', 'Sản phẩm', 'Thời gian thực hiện', '', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Ghi chú'],
				rows: [
					['', '', '', 'Triển khai', 'Hoàn thành', '', '', ''],
					['I', 'Nhiệm vụ chung', '', '', '', '', '', ''],
					[1, 'Mở lớp tập huấn', 'Lớp (03 lớp)', 'Quý III/2021', 'Quý III/2021', 'Sở Nội vụ', 'Báo Đồng Khởi', '']
				]
			}
		]);
		const parsed: AnnexParse = await readAnnexFile(new File([new Uint8Array(xlsx)], 'phu-luc.xlsx'), 2021);
		expect(parsed.errors).toEqual([]);
		expect(parsed.sections).toEqual([{ label: 'I', title: 'Nhiệm vụ chung', row: 3 }]);
		expect(parsed.tasks).toMatchObject([
			{ row: 4, section: 0, stt: '1', product: { target: 3, unit: 'lớp' }, leadAgencies: ['Sở Nội vụ'] }
		]);
	});

	test('other files are refused with a reason', async () => {
		expect(await caught(readAnnexFile(asFile('…', 'ke-hoach.doc'), 2021))).toMatchObject({ code: 'import.unsupportedFile' });
		expect(await caught(readAnnexFile(new File([new Uint8Array([0xc0, 0xc1])], 'phu-luc.txt'), 2021))).toMatchObject({
			code: 'import.notUtf8'
		});
		expect(await caught(readAnnexFile(null, 2021))).toMatchObject({ code: 'import.noFile' });
		expect(await caught(readAnnexFile(asFile('', 'phu-luc.txt'), 2021))).toMatchObject({ code: 'import.emptyFile' });
	});
});

describe('an annex pasted into the page', () => {
	const PASTE = ['STT\tNội dung\tThời gian thực hiện\tCơ quan chủ trì', '1\tTuyên truyền\tSớm nhất có thể\tSở Nội vụ'].join('\n');
	const form = (text: string) => {
		const data = new FormData();
		data.set('text', text);
		data.set('file', new File([], ''));
		return data;
	};

	test('names errors by the lines of the paste, blank lines above the table counted', async () => {
		const source = annexSource(form(`\n\n${PASTE}\n`));
		const preview = await previewAnnexImport(database.db, benTrePlan, source);
		expect(preview.errors).toEqual([
			{ row: 4, column: 'Thời gian thực hiện', message: 'plans.timeline.unknown', params: { value: 'Sớm nhất có thể' } }
		]);
	});

	test('a blank paste means the file; one over the limit is named, not taken as empty', async () => {
		expect(annexSource(form(' \n '))).toEqual({ file: expect.any(File) });
		const long = `${PASTE}\n${'x'.repeat(2_000_001)}`;
		expect(await caught(previewAnnexImport(database.db, benTrePlan, annexSource(form(long))))).toMatchObject({
			code: 'plans.import.pasteTooLong',
			params: { max: 2_000_000 }
		});
	});

	test('a NUL in the paste is named on its line', async () => {
		const preview = await previewAnnexImport(database.db, benTrePlan, annexSource(form(`${PASTE}\n2\tHội thi\u0000\tQuý I\tSở Nội vụ`)));
		expect(preview.errors).toEqual([{ row: 3, message: 'import.nulChar' }]);
	});
});

describe('progress and the task board', () => {
	test('the lead records a quarter’s progress; the period must be a quarter, links must be web links', async () => {
		const { db } = database;
		const articles = await taskNumbered(benTrePlan, '4');
		await recordProgress(db, articles.id, { period: '2021-Q1', doneQuantity: 5, completed: false, note: '', evidenceLinks: [] }, creator);
		// Rewriting a quarter replaces it.
		await recordProgress(
			db,
			articles.id,
			{ period: '2021-Q1', doneQuantity: 6, completed: false, note: 'Đã đăng 6 bài', evidenceLinks: ['https://baodongkhoi.vn/cchc-1'] },
			creator
		);
		await recordProgress(db, articles.id, { period: '2021-Q2', doneQuantity: 8, completed: false, note: '', evidenceLinks: [] }, creator);
		const error = (input: Partial<Parameters<typeof recordProgress>[2]>) =>
			caught(
				recordProgress(
					db,
					articles.id,
					{ period: '2021-Q3', doneQuantity: 1, completed: false, note: '', evidenceLinks: [], ...input },
					creator
				)
			);
		expect(await error({ period: '2021-H1' })).toMatchObject({ code: 'plans.notQuarter' });
		expect(await error({ period: '2023-Q1' })).toMatchObject({ code: 'plans.notQuarter' });
		expect(await error({ evidenceLinks: ['javascript:alert(1)'] })).toMatchObject({
			code: 'plans.badEvidenceLink',
			params: { value: 'javascript:alert(1)' }
		});
		// December 2020 belongs to task 5's timeline, so its quarter may be reported.
		await recordProgress(
			db,
			(await taskNumbered(benTrePlan, '5')).id,
			{ period: '2020-Q4', doneQuantity: 0, completed: false, note: 'Đang viết', evidenceLinks: [] },
			creator
		);
	});

	test('a file is evidence enough to show a task under way, and can be taken back', async () => {
		const { db } = database;
		const task = await taskNumbered(benTrePlan, '2');
		const progressId = await recordProgress(
			db,
			task.id,
			{ period: '2021-Q1', doneQuantity: 0, completed: false, note: '', evidenceLinks: [] },
			creator
		);
		const statusOfTask = async () =>
			(await taskBoard(db, { unitPath: units.BT.path, year: 2021, today: '2021-03-15' })).find((r) => r.id === task.id)?.status;
		expect(await statusOfTask()).toBe('not_started');
		const pdf = new TextEncoder().encode('%PDF-1.7 biên bản nghiệm thu');
		const mediaId = await attachEvidence(db, progressId, { name: 'bien-ban.pdf', bytes: pdf }, creator);
		expect(await statusOfTask()).toBe('in_progress');
		expect((await progressOf(db, [task.id])).get(task.id)).toMatchObject([
			{ id: progressId, period: '2021-Q1', files: 1, hasReport: true }
		]);
		expect((await evidenceOf(db, [progressId])).get(progressId)).toEqual([
			{ mediaId, fileName: 'bien-ban.pdf', size: pdf.length, mime: 'application/pdf' }
		]);
		const file = await evidenceFile(db, mediaId);
		expect(file).toMatchObject({ mime: 'application/pdf', fileName: 'bien-ban.pdf', taskId: task.id });
		expect(new Uint8Array(file!.bytes)).toEqual(pdf); // postgres.js hands back a Buffer, PGlite a Uint8Array
		expect(await caught(attachEvidence(db, progressId, { name: 'x.pdf', bytes: new Uint8Array([1, 2, 3]) }, creator))).toMatchObject({
			code: 'plans.evidence.type'
		});

		await removeEvidence(db, progressId, mediaId);
		expect(await evidenceFile(db, mediaId)).toBeNull();
		expect(await db.select().from(media).where(eq(media.id, mediaId))).toEqual([]);
		expect(await statusOfTask()).toBe('not_started');
	});

	test('the Quý I board shows what runs in it, the done quantities and what is overdue', async () => {
		const board = await taskBoard(database.db, { unitPath: units.BT.path, year: 2021, period: period(2021, 'Q1'), today: '2022-01-15' });
		const row = (stt: string) => board.find((r) => r.stt === stt);
		expect(row('4')).toMatchObject({ status: 'in_progress', doneInPeriod: 6, doneToDate: 6, target: 24, leadName: 'Báo Đồng Khởi' });
		expect(row('5')).toMatchObject({ status: 'overdue', doneToDate: 0 });
		expect(row('1')).toMatchObject({ status: 'not_started' });
		expect(row('9')).toMatchObject({ leadUnitId: null, leadName: 'Các Đài truyền thanh cấp huyện và hệ thống truyền thanh cấp xã' });
		expect(row('10')).toBeUndefined(); // Quý II–III: not in Quý I
		expect(board.every((r) => r.planId === benTrePlan)).toBe(true);
	});

	test('later boards carry overdue tasks over and add up the quarters', async () => {
		const board = await taskBoard(database.db, { unitPath: units.BT.path, year: 2021, period: period(2021, 'Q3'), today: '2022-01-15' });
		const row = (stt: string) => board.find((r) => r.stt === stt);
		expect(row('5')).toMatchObject({ status: 'overdue' });
		expect(row('4')).toMatchObject({ status: 'in_progress', doneInPeriod: 0, doneToDate: 14 });
		expect(row('10')).toMatchObject({ status: 'not_started' }); // its last day is Quý III's last day
		const year = await taskBoard(database.db, { unitPath: units.BT.path, year: 2021, period: period(2021, 'Y'), today: '2022-01-15' });
		expect(year.find((r) => r.stt === '10')).toMatchObject({ status: 'overdue' });
		const sixMonths = await taskBoard(database.db, {
			unitPath: units.BT.path,
			year: 2021,
			period: period(2021, 'H1'),
			today: '2022-01-15'
		});
		expect(sixMonths.find((r) => r.stt === '4')).toMatchObject({ doneInPeriod: 14, doneToDate: 14 });
	});

	test('a unit’s board holds the tasks it leads', async () => {
		const board = await taskBoard(database.db, { unitPath: units['BT.SNV'].path, year: 2021, today: '2021-05-01' });
		expect(board.map((r) => r.stt)).toEqual(['1', '2', '3', '10', '11']);
		expect(board.find((r) => r.stt === '10')).toMatchObject({ status: 'not_started' });
	});

	test('an annex with progress is not replaced by a new import', async () => {
		const parsed = await previewAnnexImport(database.db, benTrePlan, { text: seedPlan('002_77040273e88d3b8a.txt') });
		const radio = units['BT.PTTH'].id;
		const mapping = { 'Đài Phát thanh và Truyền hình tỉnh': radio, 'Đài Phát thanh và truyền hình tỉnh': radio };
		const error = await caught(commitAnnexImport(database.db, benTrePlan, parsed, mapping));
		expect(error).toBeInstanceOf(PlanError);
		expect(error).toMatchObject({ code: 'plans.hasProgress' });
		expect((await planAnnex(database.db, benTrePlan)).tasks).toHaveLength(13);
	});
});

describe('a district’s plan derived from the province’s', () => {
	test('copies every task with the district as lead, once', async () => {
		const { db } = database;
		const derived = await derivePlan(db, benTrePlan, units['BT.CT'].id, creator);
		const [{ plan }, province, district] = [await getPlan(db, derived), await planAnnex(db, benTrePlan), await planAnnex(db, derived)];
		expect(plan).toMatchObject({ parentId: benTrePlan, unitId: units['BT.CT'].id, year: 2021, number: '' });
		expect(district.tasks).toHaveLength(13);
		expect(district.tasks.every((t) => t.leadUnitId === units['BT.CT'].id && t.leadText === 'Huyện Châu Thành')).toBe(true);
		expect(district.tasks.map((t) => t.sourceTaskId)).toEqual(province.tasks.map((t) => t.id));
		expect(district.tasks[3]).toMatchObject({
			content: province.tasks[3].content,
			targetQuantity: 24,
			timeline: province.tasks[3].timeline
		});
		expect(await caught(derivePlan(db, benTrePlan, units['BT.CT'].id, creator))).toMatchObject({ code: 'plans.derivedExists' });
		const board = await taskBoard(db, { unitPath: units['BT.CT'].path, year: 2021, today: '2021-05-01' });
		expect(board.filter((r) => r.planId === derived)).toHaveLength(13);
	});

	test('through the form, only from a plan within reach, for a unit the person keeps below its issuing unit', async () => {
		const { db } = database;
		const district = { id: creator, role: 'organizer' as const, unitPath: units['BT.CT'].path };
		const province = { id: creator, role: 'organizer' as const, unitPath: units.BT.path };
		const otherProvince = { id: creator, role: 'organizer' as const, unitPath: units.DN.path };
		expect((await derivablePlans(db, district)).map((p) => p.id)).toContain(benTrePlan);
		expect((await derivablePlans(db, otherProvince)).map((p) => p.id)).not.toContain(benTrePlan);
		expect(await caught(derivePlanFor(db, otherProvince, benTrePlan, units['DN.SNV'].id))).toMatchObject({
			code: 'plans.notFound',
			field: 'parentId'
		});
		expect(await caught(derivePlanFor(db, district, benTrePlan, units['BT.SNV'].id))).toMatchObject({
			code: 'errors.forbidden',
			field: 'unitId'
		});
		expect(await caught(derivePlanFor(db, province, benTrePlan, units.BT.id))).toMatchObject({
			code: 'plans.derive.notBelow',
			field: 'unitId'
		});
	});
});

describe('contest results rolled into a task', () => {
	const at = (iso: string) => new Date(`${iso}+07:00`);

	test('count the rounds opened in the period, people, attempts, units, prizes and scores', async () => {
		const { db } = database;
		const task = await taskNumbered(benTrePlan, '10');
		const [{ id: bankId }] = await db.insert(bank).values({ unitId: units.BT.id, name: 'Ngân hàng CCHC' }).returning({ id: bank.id });
		const newContest = async (title: string) =>
			createContest(
				db,
				{ title, rules: '', organizerUnitId: units['BT.SNV'].id, scopeUnitId: units.BT.id, leaderboardPublic: false },
				creator
			);
		const contestId = await newContest('Chủ tịch UBND cấp xã với công tác CCHC năm 2021');
		const unlinked = await newContest('Cuộc thi khác');
		await linkContestToTask(db, contestId, task.id);
		const newRound = (contest: number, name: string, opens: string, prizes = { first: 1, second: 1, third: 0, consolation: 0 }) =>
			createRound(db, contest, {
				name,
				bankId,
				opensAt: at(opens),
				closesAt: new Date(at(opens).getTime() + 86_400_000),
				timeLimitSeconds: 900,
				blueprint: [{ topicId: null, difficulty: null, count: 10 }],
				shuffleQuestions: true,
				shuffleOptions: true,
				attemptsAllowed: 2,
				countingAttempt: 'best',
				showAnswers: 'after_close',
				predictionEnabled: true,
				prizes
			});
		// 23:30 on 30 June in Vietnam is still Quý II.
		const june = await newRound(contestId, 'Vòng sơ khảo', '2021-06-30T23:30:00');
		const august = await newRound(contestId, 'Vòng chung khảo', '2021-08-01T08:00:00', { first: 1, second: 0, third: 0, consolation: 0 });
		await newRound(contestId, 'Vòng giao lưu', '2021-10-05T08:00:00');
		await newRound(unlinked, 'Tuần 1', '2021-05-05T08:00:00');

		const people = ['chairman-a', 'chairman-b', 'official-c'];
		await db.insert(user).values(
			people.map((id, i) => ({
				id,
				fullName: id,
				phone: `09120000${i}0`,
				unitId: i < 2 ? units['BT.CT.TT'].id : units['BT.SNV'].id,
				role: 'participant' as const,
				passwordHash: 'x'
			}))
		);
		const submit = (roundId: number, userId: string, attemptNo: number, correctCount: number) =>
			db.insert(attempt).values({
				roundId,
				userId,
				attemptNo,
				seed: 's',
				startedAt: at('2021-06-30T23:40:00'),
				deadline: at('2021-06-30T23:55:00'),
				submittedAt: at('2021-06-30T23:50:00'),
				correctCount,
				score: correctCount,
				durationMs: 600_000 - correctCount * 1000,
				prediction: 1
			});
		await submit(june, 'chairman-a', 1, 10);
		await submit(june, 'chairman-b', 1, 7);
		await submit(june, 'chairman-b', 2, 8);
		await submit(august, 'chairman-a', 1, 9);
		await submit(august, 'official-c', 1, 5);

		const q2 = await contestRollIn(db, task.id, period(2021, 'Q2'));
		expect(q2).toMatchObject({ roundsHeld: 1, participants: 2, attempts: 3, prizeWinners: 2, averageScore: 9, averageCorrectRate: 0.9 });
		expect(q2.contests.map((c) => c.id)).toEqual([contestId]);
		expect(q2.rounds).toMatchObject([{ roundId: june, participants: 2, attempts: 3, prizeWinners: 2 }]);

		const nine = await contestRollIn(db, task.id, period(2021, '9M'));
		expect(nine).toMatchObject({ roundsHeld: 2, participants: 3, attempts: 5, prizeWinners: 3, averageScore: 8 });
		expect(nine.units).toEqual([
			{ unitId: units['BT.CT.TT'].id, name: 'Xã Tân Thạch', participants: 2, headcount: 20, rate: 0.1, rank: 1 },
			{ unitId: units['BT.SNV'].id, name: 'Sở Nội vụ', participants: 1, headcount: 80, rate: 1 / 80, rank: 2 }
		]);

		// Early October, the October round has not opened yet; once it has, it counts with no attempts.
		expect((await contestRollIn(db, task.id, period(2021, 'Y'), at('2021-10-01T08:00:00'))).roundsHeld).toBe(2);
		expect(await contestRollIn(db, task.id, period(2021, 'Y'))).toMatchObject({ roundsHeld: 3, participants: 3, prizeWinners: 3 });

		await linkContestToTask(db, contestId, null);
		expect(await contestRollIn(db, task.id, period(2021, 'Y'))).toMatchObject({
			contests: [],
			roundsHeld: 0,
			participants: 0,
			averageScore: null
		});
		expect(await caught(linkContestToTask(db, contestId, 999_999))).toMatchObject({ code: 'plans.taskNotFound' });
	});
});
