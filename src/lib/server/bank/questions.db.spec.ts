import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCursor, type PageCursor } from '$lib/bank/word-search';
import type { SessionUser } from '$lib/server/auth/session';
import type { Database } from '$lib/server/db/client';
import { createUser } from '$lib/server/auth/users';
import { openTestDatabase } from '$lib/server/db/test-db';
import { createUnit } from '$lib/server/units/service';
import { canApproveBank, canEditBank } from './access';
import { createBank, getBank, listBanksFor } from './banks';
import {
	browseQuestions,
	bulkUpdate,
	createQuestion,
	deleteOwnDraft,
	getQuestion,
	markVersionsUsed,
	participantView,
	questionHistory,
	similarQuestions,
	updateQuestion,
	type QuestionInput
} from './questions';
import { listTopics, planImportTopics } from './topics';

let database: Database;
let bankA: number;
let bankB: number;
let editorA: SessionUser;
let organizerA: SessionUser;

const single = (stem: string, correct = 1): QuestionInput => ({
	stem,
	content: { type: 'single', options: ['Nghị quyết 30c/NQ-CP', 'Nghị quyết 76/NQ-CP', 'Chỉ thị 23/CT-TTg'], correct },
	explanation: 'Ban hành ngày 15/7/2021.',
	difficulty: 'easy',
	source: 'Nghị quyết 76/NQ-CP',
	tags: ['nq76'],
	topicId: null,
	imageId: null
});

async function person(role: SessionUser['role'], unitId: number, unitPath: string, phone: string): Promise<SessionUser> {
	const input = { fullName: role, birthDate: null, phone, email: null, unitId, role, password: 'matkhau123' };
	const id = await createUser(database.db, input);
	return { id, fullName: role, role, unitId, unitName: '', unitPath };
}

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	const province = await createUnit(db, { code: 'T', name: 'Tỉnh', kind: 'province', headcount: 0, parentId: null });
	const districtA = await createUnit(db, { code: 'T.A', name: 'Huyện A', kind: 'district', headcount: 0, parentId: province.id });
	const districtB = await createUnit(db, { code: 'T.B', name: 'Huyện B', kind: 'district', headcount: 0, parentId: province.id });
	bankA = await createBank(db, { unitId: districtA.id, name: 'Ngân hàng huyện A' });
	bankB = await createBank(db, { unitId: districtB.id, name: 'Ngân hàng huyện B' });
	editorA = await person('editor', districtA.id, districtA.path, '0922000001');
	organizerA = await person('organizer', districtA.id, districtA.path, '0922000002');
});
afterAll(() => database.close());

/** Every id a search yields, page after page. */
async function walk(bankId: number, query: string, limit = 3): Promise<number[]> {
	const seen: number[] = [];
	let before: PageCursor | undefined;
	do {
		const page = await browseQuestions(database.db, bankId, { query, limit, before });
		seen.push(...page.rows.map((r) => r.id));
		before = page.nextBefore ? (parseCursor(page.nextBefore) ?? undefined) : undefined;
	} while (before);
	return seen;
}

describe('question banks', () => {
	test('an editor of one district sees and edits only that district’s banks', async () => {
		const { db } = database;
		expect((await listBanksFor(db, editorA)).map((b) => b.id)).toEqual([bankA]);
		expect(canEditBank(editorA, (await getBank(db, bankB))!)).toBe(false);
		const own = (await getBank(db, bankA))!;
		expect(canEditBank(editorA, own)).toBe(true);
		expect(canApproveBank(editorA, own)).toBe(false);
		expect(canApproveBank(organizerA, own)).toBe(true);
	});

	test('editing an unused question corrects it in place; editing a used one makes a new version', async () => {
		const { db } = database;
		const id = await createQuestion(db, bankA, single('Chương trình tổng thể CCHC 2021-2030 ban hành kèm văn bản nào?'), null);
		const typo = await updateQuestion(db, id, single('Chương trình tổng thể CCHC giai đoạn 2021-2030 ban hành kèm văn bản nào?'), {
			id: editorA.id,
			canApprove: false
		});
		expect(typo).toEqual({ version: 1, newVersion: false });

		const shown = await getQuestion(db, id);
		await markVersionsUsed(db, [shown!.versionId]);
		const edit = await updateQuestion(db, id, single(shown!.stem, 2), { id: editorA.id, canApprove: false });
		expect(edit).toEqual({ version: 2, newVersion: true });

		const history = await questionHistory(db, id);
		expect(history.map((v) => [v.version, v.used, (v.content as { correct: number }).correct])).toEqual([
			[2, false, 2],
			[1, true, 1]
		]);
		// What was shown keeps pointing at exactly what was shown.
		const [old] = await participantView(db, [shown!.versionId]);
		expect(old.stem).toBe(shown!.stem);
	});

	test('an approved question edited by an editor goes back for review; by an organizer it stays approved', async () => {
		const { db } = database;
		const id = await createQuestion(db, bankA, single('Cơ quan nào chủ trì công tác CCHC của tỉnh?'), null);
		await bulkUpdate(db, bankA, [id], { kind: 'approve' }, organizerA.id);
		await updateQuestion(db, id, single('Cơ quan nào tham mưu công tác CCHC của tỉnh?'), { id: organizerA.id, canApprove: true });
		expect((await getQuestion(db, id))?.status).toBe('approved');
		await updateQuestion(db, id, single('Cơ quan nào tham mưu UBND tỉnh về CCHC?'), { id: editorA.id, canApprove: false });
		expect((await getQuestion(db, id))?.status).toBe('pending');
	});

	test('search ignores diacritics and finds text anywhere in the stem', async () => {
		const { db } = database;
		await createQuestion(db, bankA, single('Cải cách thủ tục hành chính nhằm mục tiêu gì?'), null);
		const found = await browseQuestions(db, bankA, { query: 'cai cach thu tuc', limit: 10 });
		expect(found.rows.map((r) => r.stem)).toEqual(['Cải cách thủ tục hành chính nhằm mục tiêu gì?']);
		expect((await browseQuestions(db, bankB, { query: 'cai cach', limit: 10 })).total).toBe(0);
	});

	test('paging walks the whole bank newest first without gaps or repeats', async () => {
		const { db } = database;
		for (let i = 0; i < 7; i++) await createQuestion(db, bankB, single(`Câu hỏi số ${i} về một cửa liên thông?`), null);
		const seen = await walk(bankB, '');
		expect(seen).toHaveLength(7);
		expect([...seen].sort((a, b) => b - a)).toEqual(seen);
	});

	test('word search finds every word in any order across stem, options and explanation, closest first', async () => {
		const { db } = database;
		const bankId = await createBank(db, { unitId: (await getBank(db, bankA))!.unitId, name: 'Tìm theo từ' });
		const inStem = await createQuestion(db, bankId, single('Nghị định số 61/2018/NĐ-CP quy định về cơ chế gì?'), null);
		const inOption = await createQuestion(
			db,
			bankId,
			{
				...single('Văn bản nào quy định cơ chế một cửa?'),
				content: { type: 'single', options: ['Nghị định số 61/2018/NĐ-CP', 'Luật Đất đai'], correct: 0 }
			},
			null
		);
		const inExplanation = await createQuestion(
			db,
			bankId,
			{ ...single('Bộ phận một cửa liên thông đặt ở đâu?'), explanation: 'Theo Nghị định số 61/2018/NĐ-CP.' },
			null
		);
		const ids = async (query: string) => (await browseQuestions(db, bankId, { query, limit: 10 })).rows.map((r) => r.id);
		expect(await ids('nghị định 61')).toEqual([inStem, inExplanation, inOption]);
		expect(await ids('nghi dinh 61')).toEqual([inStem, inExplanation, inOption]);
		expect(await ids('61/2018/NĐ-CP')).toEqual([inStem, inExplanation, inOption]);
		expect(await ids('lien thong mot cua')).toEqual([inExplanation]);
		expect(await ids('một cửa 61/2019')).toEqual([]);

		const [row] = (await browseQuestions(db, bankId, { query: 'lien thong mot cua', limit: 10 })).rows;
		expect(row.marked?.filter((s) => s.hit).map((s) => s.text)).toEqual(['một', 'cửa', 'liên', 'thông']);
		const [, , optionRow] = (await browseQuestions(db, bankId, { query: 'nghi dinh 61', limit: 10 })).rows;
		expect(optionRow.elsewhere?.some((s) => s.hit && s.text === '61')).toBe(true);

		// Paging through ranks: every match once, in the order of one big page.
		expect(await walk(bankId, 'nghi dinh 61', 1)).toEqual(await ids('nghi dinh 61'));
	});

	test('a nearly identical stem is reported as a possible duplicate', async () => {
		const { db } = database;
		const id = await createQuestion(db, bankA, single('Bộ phận một cửa cấp xã do ai quyết định thành lập?'), null);
		const similar = await similarQuestions(db, bankA, 'Bo phan mot cua cap xa do ai quyet dinh thanh lap');
		expect(similar.map((s) => s.id)).toContain(id);
		expect(await similarQuestions(db, bankA, 'Bộ phận một cửa cấp xã do ai quyết định thành lập?', id)).not.toContainEqual(
			expect.objectContaining({ id })
		);
	});

	test('the participant view carries no key and no explanation', async () => {
		const { db } = database;
		const id = await createQuestion(db, bankA, single('Văn bản nào quy định cơ chế một cửa?', 0), null);
		const [view] = await participantView(db, [(await getQuestion(db, id))!.versionId]);
		expect(view).toEqual({
			versionId: expect.any(Number),
			type: 'single',
			stem: 'Văn bản nào quy định cơ chế một cửa?',
			imageId: null,
			display: { type: 'single', options: ['Nghị quyết 30c/NQ-CP', 'Nghị quyết 76/NQ-CP', 'Chỉ thị 23/CT-TTg'] }
		});
	});

	test('the seeded topics include the six areas, and typed names find them exactly', async () => {
		const topics = await listTopics(database.db);
		expect(topics.length).toBeGreaterThanOrEqual(12);
		const { topics: planned } = await planImportTopics(database.db, [
			'cai cach to chuc bo may hanh chinh nha nuoc',
			'To chuc bo may',
			'PAPI'
		]);
		expect([...planned.values()].map((p) => p.kind === 'topic' && [p.path.at(-1), p.isNew])).toEqual([
			['Cải cách tổ chức bộ máy hành chính nhà nước', false],
			['To chuc bo may', true],
			['PAPI', false]
		]);
	});
});

describe('deleting a draft', () => {
	test('its author deletes a draft nothing has used; anyone else, or a used one, is refused', async () => {
		const { db } = database;
		const mine = await createQuestion(db, bankA, single('Bản nháp trùng của tôi?'), editorA.id);
		expect(await deleteOwnDraft(db, mine, organizerA.id).catch((e: unknown) => e)).toMatchObject({ code: 'bank.cannotDeleteDraft' });
		await deleteOwnDraft(db, mine, editorA.id);
		expect(await getQuestion(db, mine)).toBeNull();

		const used = await createQuestion(db, bankA, single('Bản nháp đã in vào đề?'), editorA.id);
		await markVersionsUsed(db, [(await getQuestion(db, used))!.versionId]);
		expect(await deleteOwnDraft(db, used, editorA.id).catch((e: unknown) => e)).toMatchObject({ code: 'bank.cannotDeleteDraft' });
	});
});
