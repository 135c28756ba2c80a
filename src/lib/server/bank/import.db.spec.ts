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
import { importQuestions, previewImport } from './import';
import { guessTextFormat, readQuestionFile } from './question-file';
import { browseQuestions } from './questions';
import { listTopics } from './topics';

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

	test('a file that cannot be read is refused with its own reason, before any row is read', async () => {
		const refused = (entry: FormDataEntryValue | null) => expect(readQuestionFile(entry)).rejects;
		await refused(asFile('x', 'de.pdf')).toMatchObject({ code: 'import.unsupportedFile', params: { types: '.xlsx, .csv, .txt, .gift' } });
		await refused(asFile(new Uint8Array([0x43, 0xe2, 0x75]), 'de.txt')).toMatchObject({ code: 'import.notUtf8' });
		await refused(asFile('', 'de.txt')).toMatchObject({ code: 'import.emptyFile' });
		await refused(asFile('', '')).toMatchObject({ code: 'import.noFile' });
		await refused(null).toMatchObject({ code: 'import.noFile' });
		await refused(asFile(new Uint8Array(20 * 1024 * 1024 + 1), 'de.txt')).toMatchObject({ code: 'import.tooLarge', status: 413 });
	});

	test('a blank text file, or one holding a NUL, is named at the preview', async () => {
		expect((await readQuestionFile(asFile(' \n \n', 'de.txt'))).errors).toEqual([{ row: 1, message: 'import.noQuestions' }]);
		const nul = 'Câu hỏi?\nA. Có\u0000\nB. Không\nANSWER: A\n';
		expect((await readQuestionFile(asFile(nul, 'de.txt'))).errors).toEqual([{ row: 2, message: 'import.nulChar' }]);
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

describe('previewImport', () => {
	const single = (stem: string, options: string[], topic = ''): QuestionDraft => ({
		...TEMPLATE_EXAMPLES[0],
		stem,
		content: { type: 'single', options, correct: 0 },
		topic
	});
	const read = (drafts: QuestionDraft[]) => ({ drafts: drafts.map((d, i) => ({ row: i + 2, ...d })), errors: [], notices: [] });

	test('questions sharing a stem are all kept; one in the file twice or already in the bank is named', async () => {
		const { db } = database;
		const stem = 'Phát biểu nào sau đây đúng về cơ chế một cửa?';
		await importQuestions(db, bankId, [single(stem, ['Có từ năm 2003', 'Có từ năm 2015'])], authorId, 'draft');
		const drafts = [
			single(stem, ['Có từ năm 2003', 'Có từ năm 2015']),
			single(stem, ['Áp dụng ở cấp xã', 'Chỉ ở cấp tỉnh']),
			single(stem, ['Giải quyết trong ngày', 'Giải quyết trong tuần']),
			single(stem, ['Áp dụng ở cấp xã', 'Chỉ ở cấp tỉnh'])
		];
		const preview = await previewImport(db, bankId, read(drafts));
		expect(preview.errors).toEqual([]);
		expect(preview.questions.map((q) => [q.row, q.repeats])).toEqual([
			[2, 'bank'],
			[3, null],
			[4, null],
			[5, { row: 3 }]
		]);
		expect(await importQuestions(db, bankId, drafts, authorId, 'draft')).toEqual({ created: 2, skipped: 2 });
	});

	test('topics match a path exactly, never a name that merely contains it; new ones are shown and created', async () => {
		const { db } = database;
		const drafts = [
			single('Một cửa câu 1?', ['a', 'b'], 'CCHC/Một cửa'),
			single('Cải cách câu 2?', ['a', 'b'], 'Cải cách'),
			single('PAPI câu 3?', ['a', 'b'], 'papi'),
			single('Thể chế câu 4?', ['a', 'b'], 'cai cach the che')
		];
		const preview = await previewImport(db, bankId, read(drafts));
		expect(preview.questions.map((q) => q.topic)).toEqual([
			{ path: ['CCHC', 'Một cửa'], isNew: true },
			{ path: ['Cải cách'], isNew: true },
			{ path: ['Chỉ số đánh giá cải cách hành chính', 'PAPI'], isNew: false },
			{ path: ['Cải cách thể chế'], isNew: false }
		]);
		expect(preview.newTopics).toEqual([['CCHC', 'Một cửa'], ['Cải cách']]);
		await importQuestions(db, bankId, drafts, authorId, 'draft');
		const exported = (await exportableQuestions(db, bankId)).map((q) => q.draft);
		expect(exported.slice(-4).map((d) => d.topic)).toEqual([
			'CCHC/Một cửa',
			'Cải cách',
			'Chỉ số đánh giá cải cách hành chính/PAPI',
			'Cải cách thể chế'
		]);
		const mot = (await listTopics(db)).find((t) => t.name === 'Một cửa');
		expect((await listTopics(db)).find((t) => t.id === mot?.parentId)?.name).toBe('CCHC');
	});

	test('a path that would make a second topic of a name the tree has elsewhere is named on its row', async () => {
		const preview = await previewImport(database.db, bankId, read([single('Chỉ số câu 5?', ['a', 'b'], 'Khác/PAPI')]));
		expect(preview.errors).toEqual([
			{ row: 2, column: 'Chủ đề', message: 'bank.topicTaken', params: { name: 'PAPI', path: 'Chỉ số đánh giá cải cách hành chính / PAPI' } }
		]);
	});

	test('more questions than one import takes is named at the preview', async () => {
		const many = Array.from({ length: 20_001 }, (_, i) => single(`Câu ${i}?`, ['a', 'b']));
		expect((await previewImport(database.db, bankId, read(many))).errors).toEqual([
			{ row: 20_002, message: 'import.tooManyQuestions', params: { count: 20_001, max: 20_000 } }
		]);
	});
});

describe('guessTextFormat', () => {
	test('an Aiken file whose stem holds braces is still Aiken', () => {
		expect(guessTextFormat('Tập hợp {a, b} có mấy phần tử?\nA. 1\nB. 2\nANSWER: B\n')).toBe('aiken');
		expect(guessTextFormat('Câu hỏi? {=Đúng ~Sai}')).toBe('gift');
	});
});
