/**
 * Export → import in each format gives back the same questions, or the export names what the format
 * cannot hold: random questions of every type through the files a person downloads and uploads again.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toAiken } from '$lib/bank/formats/aiken-write';
import { aikenBack, drafts, withoutRows } from '$lib/bank/formats/arbitrary';
import { toGift } from '$lib/bank/formats/gift-write';
import { draftsToRows, toCsv } from '$lib/bank/formats/table';
import type { QuestionDraft } from '$lib/bank/question';
import { workbookOf } from '$lib/server/import/spreadsheet';
import { readQuestionFile, type TextFormat } from './question-file';

const RUNS = { numRuns: 40 };
const file = (bytes: string | Uint8Array, name: string) => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

async function readBack(bytes: string | Uint8Array, name: string, format: 'auto' | TextFormat = 'auto') {
	const { drafts: back, errors } = await readQuestionFile(file(bytes, name), format);
	expect(errors).toEqual([]);
	return withoutRows(back);
}

describe('every format gives back what it exports', () => {
	test('the .xlsx template', async () => {
		await fc.assert(
			fc.asyncProperty(drafts(), async (list) => {
				const [headings, ...rows] = draftsToRows(list);
				expect(await readBack(await workbookOf('Câu hỏi', headings, rows), 'cau-hoi.xlsx')).toEqual(list);
			}),
			RUNS
		);
	});

	test('the .csv template', async () => {
		await fc.assert(
			fc.asyncProperty(drafts(), async (list) => {
				expect(await readBack('\uFEFF' + toCsv(draftsToRows(list)), 'cau-hoi.csv')).toEqual(list);
			}),
			RUNS
		);
	});

	test('GIFT', async () => {
		await fc.assert(
			fc.asyncProperty(drafts(), async (list) => {
				expect(await readBack(toGift(list), 'cau-hoi.txt', 'gift')).toEqual(list);
			}),
			RUNS
		);
	});

	test('Aiken, less what its export names as left out', async () => {
		await fc.assert(
			fc.asyncProperty(drafts(), async (list) => {
				const { text, lost } = toAiken(list);
				const expected: QuestionDraft[] = aikenBack(list, lost);
				if (expected.length === 0)
					await expect(readQuestionFile(file(text, 'cau-hoi.txt'), 'aiken')).rejects.toMatchObject({ code: 'import.emptyFile' });
				else expect(await readBack(text, 'cau-hoi.txt', 'aiken')).toEqual(expected);
			}),
			RUNS
		);
	});
});
