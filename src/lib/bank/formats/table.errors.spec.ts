import { describe, expect, test } from 'vitest';
import { QUESTION_COLUMNS, rowsToDrafts } from './table';

type Column = (typeof QUESTION_COLUMNS)[number];
const HEADER = [...QUESTION_COLUMNS];
const row = (cells: Partial<Record<Column, string>>) => QUESTION_COLUMNS.map((column) => cells[column] ?? '');
const read = (...rows: string[][]) => rowsToDrafts([HEADER, ...rows]);
const single = (cells: Partial<Record<Column, string>>) =>
	row({ Loại: 'Một đáp án', 'Câu hỏi': 'Ai ký?', 'Phương án A': 'Bộ trưởng', 'Phương án B': 'Thứ trưởng', 'Đáp án': 'A', ...cells });

describe('rowsToDrafts reports', () => {
	test('each missing required column on the heading row', () => {
		expect(rowsToDrafts([['Loại', 'Phương án A']])).toEqual({
			drafts: [],
			errors: [
				{ row: 1, column: 'Câu hỏi', message: 'import.missingColumn' },
				{ row: 1, column: 'Đáp án', message: 'import.missingColumn' }
			],
			notices: []
		});
	});

	test('a file with headings but no question as empty', () => {
		expect(read(row({})).errors).toEqual([{ row: 2, message: 'import.empty' }]);
	});

	test('an answer letter that names no option', () => {
		expect(read(single({ 'Đáp án': 'C' })).errors).toEqual([
			{ row: 2, column: 'Đáp án', message: 'bank.unknownOptionLetter', params: { value: 'C' } }
		]);
	});

	test('an unknown letter among several right ones', () => {
		expect(read(single({ Loại: 'Nhiều đáp án', 'Đáp án': 'A, G' })).errors).toEqual([
			{ row: 2, column: 'Đáp án', message: 'bank.unknownOptionLetter', params: { value: 'G' } }
		]);
	});

	test('an empty stem as required on Câu hỏi', () => {
		expect(read(single({ 'Câu hỏi': '   ' })).errors).toEqual([{ row: 2, column: 'Câu hỏi', message: 'import.required' }]);
	});

	test('a blank answer as required on Đáp án', () => {
		expect(read(single({ 'Đáp án': '' })).errors).toEqual([{ row: 2, column: 'Đáp án', message: 'import.required' }]);
	});

	test('duplicate options on the column of the repeat, ignoring case', () => {
		const { errors } = read(single({ 'Phương án C': 'bộ trưởng' }));
		expect(errors).toEqual([{ row: 2, column: 'Phương án C', message: 'bank.duplicateOptions' }]);
	});

	test('a gap between options as required on the blank option', () => {
		const { errors } = read(single({ 'Phương án B': '', 'Phương án C': 'Thứ trưởng' }));
		expect(errors).toEqual([{ row: 2, column: 'Phương án B', message: 'import.required' }]);
	});

	test('an unknown type and an unknown difficulty', () => {
		expect(read(single({ Loại: 'Điền khuyết', 'Mức độ': 'Rất khó' })).errors).toEqual([
			{ row: 2, column: 'Loại', message: 'bank.unknownType', params: { value: 'Điền khuyết' } },
			{ row: 2, column: 'Mức độ', message: 'bank.unknownDifficulty', params: { value: 'Rất khó' } }
		]);
	});

	test('a true/false answer that is neither Đúng nor Sai', () => {
		expect(read(row({ Loại: 'Đúng/Sai', 'Câu hỏi': 'Đúng không?', 'Đáp án': 'Có' })).errors).toEqual([
			{ row: 2, column: 'Đáp án', message: 'bank.badTrueFalse' }
		]);
	});

	test('a rubric item without points', () => {
		expect(read(row({ Loại: 'Tình huống', 'Câu hỏi': 'Xử lý thế nào?', 'Đáp án': 'Lập luận' })).errors).toEqual([
			{ row: 2, column: 'Đáp án', message: 'bank.badRubric' }
		]);
	});

	test('a tolerance that is not a number', () => {
		expect(read(row({ Loại: 'Trả lời ngắn', 'Câu hỏi': 'Bao nhiêu?', 'Đáp án': '3 ± khoảng' })).errors).toEqual([
			{ row: 2, column: 'Đáp án', message: 'bank.badNumber', params: { value: 'khoảng' } }
		]);
	});

	test('too few options on the first option column', () => {
		expect(read(single({ 'Phương án B': '' })).errors).toEqual([{ row: 2, column: 'Phương án A', message: 'bank.tooFewOptions' }]);
	});

	test('every broken row at once, in row order, and no draft', () => {
		const { drafts, errors } = read(single({}), single({ 'Đáp án': 'Z' }), single({ 'Câu hỏi': '' }));
		expect(drafts).toEqual([]);
		expect(errors.map((e) => [e.row, e.column])).toEqual([
			[3, 'Đáp án'],
			[4, 'Câu hỏi']
		]);
	});
});
