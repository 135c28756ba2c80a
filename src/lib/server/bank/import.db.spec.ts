import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { draftsToRows } from '$lib/bank/formats/table';
import { TEMPLATE_EXAMPLES } from '$lib/bank/formats/template-examples';
import type { QuestionDraft } from '$lib/bank/question';
import type { Database } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/test-db';
import { workbookOf } from '$lib/server/import/spreadsheet';
import { createUnit } from '$lib/server/units/service';
import { createUser } from '$lib/server/auth/users';
import { createBank } from './banks';
import { examPaperDocx } from './exam-paper';
import { exportableQuestions } from './export';
import { guessTextFormat, importQuestions, readQuestionFile } from './import';
import { browseQuestions } from './questions';

let database: Database;
let bankId: number;
let authorId: string;

beforeAll(async () => {
	database = await openTestDatabase();
	const home = await createUnit(database.db, { code: 'SNV', name: 'Sở Nội vụ', kind: 'department', headcount: 0, parentId: null });
	bankId = await createBank(database.db, { unitId: home.id, name: 'Ngân hàng thử' });
	authorId = await createUser(database.db, {
		fullName: 'Biên tập viên',
		birthDate: null,
		phone: '0933000001',
		email: null,
		unitId: home.id,
		role: 'editor',
		password: 'matkhau123'
	});
});
afterAll(() => database.close());

const asFile = (bytes: Uint8Array | string, name: string) => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

describe('question import and export', () => {
	test('every question type exported to .xlsx imports back unchanged', async () => {
		const { db } = database;
		const result = await importQuestions(db, bankId, TEMPLATE_EXAMPLES, authorId, 'draft');
		expect(result).toEqual({ created: TEMPLATE_EXAMPLES.length, skipped: 0 });
		const exported = (await exportableQuestions(db, bankId)).map((q) => q.draft);
		expect(exported).toEqual(TEMPLATE_EXAMPLES);

		const [headings, ...rows] = draftsToRows(exported);
		const file = asFile(await workbookOf('Câu hỏi', headings, rows), 'xuat.xlsx');
		const { drafts, errors } = await readQuestionFile(file);
		expect(errors).toEqual([]);
		expect(drafts.map(({ row: _row, ...draft }) => draft)).toEqual(TEMPLATE_EXAMPLES);
	});

	test('importing the same questions again skips them as duplicates, even typed without diacritics', async () => {
		const { db } = database;
		const again: QuestionDraft[] = [
			{ ...TEMPLATE_EXAMPLES[0], stem: TEMPLATE_EXAMPLES[0].stem.normalize('NFD').replace(/\p{Diacritic}/gu, '') },
			{ ...TEMPLATE_EXAMPLES[2], stem: 'Một câu hỏi hoàn toàn mới về dịch vụ công trực tuyến?' }
		];
		expect(await importQuestions(db, bankId, again, authorId, 'pending')).toEqual({ created: 1, skipped: 1 });
		expect((await browseQuestions(db, bankId, { status: 'pending', limit: 10 })).total).toBe(1);
	});

	test('an Aiken file with a broken question is refused whole, naming the line', async () => {
		const aiken = 'Câu hỏi một?\nA. Có\nB. Không\nANSWER: A\n\nCâu hỏi hai?\nA. Có\nB. Không\n';
		const { drafts, errors } = await readQuestionFile(asFile(aiken, 'de.txt'));
		expect(drafts).toEqual([]);
		expect(errors).toEqual([expect.objectContaining({ row: 6, message: 'import.aiken.missingAnswer' })]);
	});

	test('a GIFT file is recognised by its braces and keeps its category as the topic', async () => {
		const gift =
			'$CATEGORY: $course$/Cơ chế một cửa\n\n::q1:: Bộ phận một cửa cấp xã thuộc cơ quan nào? {=UBND cấp xã ~Công an xã ~Đảng ủy xã}\n';
		const { drafts, errors } = await readQuestionFile(asFile(gift, 'de.txt'));
		expect(errors).toEqual([]);
		expect(drafts[0]).toMatchObject({ topic: 'Cơ chế một cửa', content: { type: 'single', correct: 0 } });
	});

	test('a file of another kind is refused with a reason', async () => {
		await expect(readQuestionFile(asFile('x', 'de.pdf'))).rejects.toMatchObject({ code: 'import.unsupportedFile' });
		await expect(readQuestionFile(asFile(new Uint8Array([0x43, 0xe2, 0x75]), 'de.txt'))).rejects.toMatchObject({
			code: 'import.notUtf8'
		});
	});

	test('the exam paper is an A4 .docx in Times New Roman with the national header and every question', async () => {
		const docx = await examPaperDocx({ issuer: 'Sở Nội vụ', title: 'Đề thi thử', questions: TEMPLATE_EXAMPLES });
		const zip = await JSZip.loadAsync(docx);
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('<w:pgSz w:w="11907" w:h="16840"');
		expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(xml).toContain('Độc lập - Tự do - Hạnh phúc');
		for (const q of TEMPLATE_EXAMPLES) expect(xml).toContain(q.stem.slice(0, 30));
		const styles = await zip.file('word/styles.xml')!.async('string');
		expect(styles).toContain('Times New Roman');
	});
});

describe('guessTextFormat', () => {
	test('an Aiken file whose stem holds braces is still Aiken', () => {
		expect(guessTextFormat('Tập hợp {a, b} có mấy phần tử?\nA. 1\nB. 2\nANSWER: B\n')).toBe('aiken');
		expect(guessTextFormat('Câu hỏi? {=Đúng ~Sai}')).toBe('gift');
	});
});
