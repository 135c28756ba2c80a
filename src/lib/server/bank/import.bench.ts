// `npm run bench:bank`: reads, checks and commits a 5,000-question .xlsx, then pages through a
// 20,000-question bank, on the test database (PGlite, or PostgreSQL with DATABASE_URL).
// A benchmark that prints figures, not a test.
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { draftsToRows } from '$lib/bank/formats/table';
import { TEMPLATE_EXAMPLES } from '$lib/bank/formats/template-examples';
import { createUser } from '$lib/server/auth/users';
import type { Database } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/test-db';
import { workbookOf } from '$lib/server/import/spreadsheet';
import { createUnit } from '$lib/server/units/service';
import { createBank } from './banks';
import { importQuestions, previewImport } from './import';
import { readQuestionFile } from './question-file';
import { browseQuestions } from './questions';

const COUNT = Number(process.env.BENCH_QUESTIONS ?? 5000);
/** Words out of order, without diacritics, across the stem ("cơ chế một cửa") and the items ("hồ sơ"). */
const WORDS = 'ho so mot cua co che';
let database: Database;
let unitId: number;
let authorId: string;
let file: File;
let bigBankId: number;
let bigBankMiddle: number;

beforeAll(async () => {
	database = await openTestDatabase();
	unitId = (await createUnit(database.db, { code: 'B', name: 'Đơn vị đo', kind: 'other', headcount: 0, parentId: null })).id;
	authorId = await createUser(database.db, {
		fullName: 'Người đo',
		birthDate: null,
		phone: '0944000001',
		email: null,
		unitId,
		role: 'editor',
		password: 'matkhau123'
	});
	const drafts = Array.from({ length: COUNT }, (_, i) => {
		const example = TEMPLATE_EXAMPLES[i % TEMPLATE_EXAMPLES.length];
		return { ...example, stem: `${example.stem} (câu số ${i + 1})` };
	});
	const [headings, ...rows] = draftsToRows(drafts);
	file = new File([new Uint8Array(await workbookOf('Câu hỏi', headings, rows))], 'bench.xlsx');
	console.log(`${COUNT} questions, .xlsx of ${(file.size / 1024).toFixed(0)} KiB, on ${database.engine}`);

	// Hooks inside a bench describe do not run: the large bank is built here.
	bigBankId = await createBank(database.db, { unitId, name: 'Ngân hàng lớn' });
	const big = Array.from({ length: 20_000 }, (_, i) => {
		const example = TEMPLATE_EXAMPLES[i % TEMPLATE_EXAMPLES.length];
		return { ...example, stem: `${example.stem} (bản ${i + 1})` };
	});
	await importQuestions(database.db, bigBankId, big, authorId, 'approved');
	const all = await browseQuestions(database.db, bigBankId, { limit: 10_000 });
	bigBankMiddle = all.rows[all.rows.length - 1].id;
	const found = await browseQuestions(database.db, bigBankId, { query: WORDS, limit: 50 });
	const times: number[] = [];
	for (let i = 0; i < 20; i++) {
		const started = performance.now();
		await browseQuestions(database.db, bigBankId, { query: WORDS, limit: 50 });
		times.push(performance.now() - started);
	}
	const median = times.sort((a, b) => a - b)[10].toFixed(1);
	console.log(`${all.total} questions in the large bank; the word search "${WORDS}" matches ${found.total}, median ${median} ms`);
}, 300_000);
afterAll(() => database.close());

describe(`import ${COUNT} questions from .xlsx`, () => {
	bench(
		'read + check + preview + commit',
		async () => {
			const bankId = await createBank(database.db, { unitId, name: `Đo ${Date.now()}` });
			const started = performance.now();
			const imported = await readQuestionFile(file);
			const { drafts, errors } = imported;
			const read = performance.now();
			if (errors.length) throw new Error(`unexpected errors: ${errors.length}`);
			await previewImport(database.db, bankId, imported);
			const previewed = performance.now();
			const { created } = await importQuestions(database.db, bankId, drafts, authorId, 'draft');
			const done = performance.now();
			const s = (ms: number) => (ms / 1000).toFixed(2) + ' s';
			console.log(
				`read+check ${s(read - started)}, preview ${s(previewed - read)}, commit ${s(done - previewed)}: ${created} created in ${s(done - started)}`
			);
		},
		{ iterations: 3, warmupIterations: 0 }
	);
});

describe('browse a 20,000-question bank', () => {
	bench('first page, no filter', async () => {
		await browseQuestions(database.db, bigBankId, { limit: 50 });
	});
	bench('word search: any order, no diacritics, stem and options, closest first', async () => {
		await browseQuestions(database.db, bigBankId, { query: WORDS, limit: 50 });
	});
	bench('word search for a code as written', async () => {
		await browseQuestions(database.db, bigBankId, { query: '76/NQ-CP', limit: 50 });
	});
	bench('type filter, a page deep in the bank', async () => {
		await browseQuestions(database.db, bigBankId, { type: 'single', before: { rank: 0, id: bigBankMiddle }, limit: 50 });
	});
});
