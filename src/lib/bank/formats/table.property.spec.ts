import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '$lib/import/csv';
import { questionDraft } from '../question';
import { draft, drafts, withoutRows } from './arbitrary';
import { QUESTION_COLUMNS, csvCell, draftsToRows, rowsToDrafts, toCsv } from './table';

describe('the question arbitrary', () => {
	test('only yields drafts the schema keeps as they are', () => {
		fc.assert(
			fc.property(draft(), (d) => {
				expect(questionDraft.parse(d)).toEqual(d);
			})
		);
	});
});

describe('draftsToRows', () => {
	test('starts with the heading row', () => {
		expect(draftsToRows([])).toEqual([[...QUESTION_COLUMNS]]);
	});

	test('writes weights after the letters, right options first', () => {
		const [, cells] = draftsToRows([
			{
				stem: 'Chọn các nguyên tắc',
				content: { type: 'multiple', options: ['A', 'B', 'C', 'D'], correct: [0, 2], weights: [50, -100, 50, 0] },
				explanation: '',
				difficulty: 'hard',
				source: '',
				tags: ['a,b', 'c'],
				topic: ''
			}
		]);
		expect(cells.slice(10)).toEqual(['A=50%, C=50%; B=-100%, D=0%', '', '', 'a\\,b, c']);
		expect(cells[2]).toBe('Khó');
	});

	test('gives back any valid questions of all six types through rowsToDrafts', () => {
		fc.assert(
			fc.property(drafts(), (list) => {
				const { drafts: back, errors } = rowsToDrafts(draftsToRows(list));
				expect(errors).toEqual([]);
				expect(withoutRows(back)).toEqual(list);
			}),
			{ numRuns: 100 }
		);
	});

	test('gives back any valid questions through CSV text', () => {
		fc.assert(
			fc.property(drafts(), (list) => {
				const csv = '\uFEFF' + toCsv(draftsToRows(list));
				expect(withoutRows(rowsToDrafts(parseCsv(csv)).drafts)).toEqual(list);
			}),
			{ numRuns: 100 }
		);
	});
});

describe('csvCell and toCsv', () => {
	test('quote cells holding a comma, semicolon, quote or line break', () => {
		expect(csvCell('Hà Nội, Việt Nam')).toBe('"Hà Nội, Việt Nam"');
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('Luật "mới"')).toBe('"Luật ""mới"""');
		expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
		expect(csvCell('Bình thường')).toBe('Bình thường');
	});

	test('put a single quote before a cell starting with = + - @', () => {
		expect(['=1+1', '+84', '-5', '@A1', "'=1"].map(csvCell)).toEqual(["'=1+1", "'+84", "'-5", "'@A1", "'=1"]);
		expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
	});

	test('end every line with CRLF', () => {
		expect(
			toCsv([
				['Loại', 'Câu hỏi'],
				['Đúng/Sai', '=1+1']
			])
		).toBe("Loại,Câu hỏi\r\nĐúng/Sai,'=1+1\r\n");
	});

	test('read back with a byte-order mark and CRLF through parseCsv', () => {
		const csv = '\uFEFFLoại,Câu hỏi,Đáp án\r\nĐúng/Sai,"Đúng, hay sai?",Sai\r\nĐúng/Sai,\'=1+1,Đúng\r\n';
		const { drafts: back, errors } = rowsToDrafts(parseCsv(csv));
		expect(errors).toEqual([]);
		expect(back.map((d) => [d.stem, d.content])).toEqual([
			['Đúng, hay sai?', { type: 'true_false', correct: false }],
			['=1+1', { type: 'true_false', correct: true }]
		]);
	});
});
