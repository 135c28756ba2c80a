import { describe, expect, test } from 'vitest';
import { QUESTION_COLUMNS, parseDifficulty, parseQuestionType, rowsToDrafts } from './table';

type Column = (typeof QUESTION_COLUMNS)[number];
const HEADER = [...QUESTION_COLUMNS];
const row = (cells: Partial<Record<Column, string>>) => QUESTION_COLUMNS.map((column) => cells[column] ?? '');
const read = (...rows: string[][]) => rowsToDrafts([HEADER, ...rows]);
const content = (cells: Partial<Record<Column, string>>) => read(row({ 'Câu hỏi': 'Câu hỏi?', ...cells })).drafts[0]?.content;

describe('parseQuestionType and parseDifficulty', () => {
	test('read the Vietnamese words ignoring case, diacritics and spacing', () => {
		expect(parseQuestionType('nhieu dap an')).toBe('multiple');
		expect(parseQuestionType(' ĐÚNG / SAI ')).toBe('true_false');
		expect(parseQuestionType('Tình huống')).toBe('situation');
		expect(parseDifficulty('kho')).toBe('hard');
	});

	test('take a blank difficulty as medium and refuse unknown words', () => {
		expect(parseDifficulty('  ')).toBe('medium');
		expect(parseDifficulty('Rất khó')).toBeNull();
		expect(parseQuestionType('Điền khuyết')).toBeNull();
	});
});

describe('rowsToDrafts reads', () => {
	test('a single-choice row with all its fields', () => {
		const { drafts, errors } = read(
			row({
				Loại: 'Một đáp án',
				'Chủ đề': 'Cải cách thủ tục hành chính',
				'Mức độ': 'Dễ',
				'Câu hỏi': 'Cơ quan nào ban hành Nghị quyết 76/NQ-CP?',
				'Phương án A': 'Quốc hội',
				'Phương án B': 'Chính phủ',
				'Phương án C': 'Thủ tướng Chính phủ',
				'Đáp án': 'b',
				'Giải thích': 'Nghị quyết của Chính phủ.',
				'Căn cứ': 'Nghị quyết 76/NQ-CP',
				Thẻ: 'CCHC, nghị quyết'
			})
		);
		expect(errors).toEqual([]);
		expect(drafts).toEqual([
			{
				row: 2,
				stem: 'Cơ quan nào ban hành Nghị quyết 76/NQ-CP?',
				content: { type: 'single', options: ['Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ'], correct: 1 },
				explanation: 'Nghị quyết của Chính phủ.',
				difficulty: 'easy',
				source: 'Nghị quyết 76/NQ-CP',
				tags: ['CCHC', 'nghị quyết'],
				topic: 'Cải cách thủ tục hành chính'
			}
		]);
	});

	test('the right letters of a multiple-choice row', () => {
		const options = { 'Phương án A': 'Một cửa', 'Phương án B': 'Hai cửa', 'Phương án C': 'Liên thông' };
		expect(content({ Loại: 'Nhiều đáp án', ...options, 'Đáp án': 'C, A' })).toEqual({
			type: 'multiple',
			options: ['Một cửa', 'Hai cửa', 'Liên thông'],
			correct: [2, 0]
		});
	});

	test('weights written after the letters, right options before the semicolon', () => {
		const options = { 'Phương án A': 'Một cửa', 'Phương án B': 'Hai cửa', 'Phương án C': 'Liên thông' };
		expect(content({ Loại: 'Nhiều đáp án', ...options, 'Đáp án': 'A = 50%, C=50% ; B=-100%' })).toMatchObject({
			correct: [0, 2],
			weights: [50, -100, 50]
		});
	});

	test('"Đúng" and "Sai" as true/false answers', () => {
		expect(content({ Loại: 'Đúng/Sai', 'Đáp án': 'đúng' })).toEqual({ type: 'true_false', correct: true });
		expect(content({ Loại: 'Đúng/Sai', 'Đáp án': 'SAI' })).toEqual({ type: 'true_false', correct: false });
	});

	test('short answers separated by "|", escapes kept literal', () => {
		expect(content({ Loại: 'Trả lời ngắn', 'Đáp án': 'Hà Nội | Ha Noi | a\\|b' })).toEqual({
			type: 'short',
			accepted: ['Hà Nội', 'Ha Noi', 'a|b'],
			ignoreCaseAndDiacritics: true
		});
	});

	test('"Chính xác:" as exact matching and "± n" as a tolerance', () => {
		expect(content({ Loại: 'Trả lời ngắn', 'Đáp án': 'Chính xác: 3.5 | 3,5 ± 0,1' })).toEqual({
			type: 'short',
			accepted: ['3.5', '3,5'],
			ignoreCaseAndDiacritics: false,
			tolerance: 0.1
		});
	});

	test('ordering items from the option cells, continuing in Đáp án', () => {
		const items = Object.fromEntries('ABCDEF'.split('').map((l, i) => [`Phương án ${l}`, `Bước ${i + 1}`]));
		expect(content({ Loại: 'Sắp xếp', ...items, 'Đáp án': 'Bước 7 | Bước 8' })).toEqual({
			type: 'ordering',
			items: ['Bước 1', 'Bước 2', 'Bước 3', 'Bước 4', 'Bước 5', 'Bước 6', 'Bước 7', 'Bước 8']
		});
	});

	test('a situation rubric, the last colon before the points', () => {
		expect(content({ Loại: 'Tình huống', 'Đáp án': 'Nêu đúng căn cứ: Điều 5: 4; Lập luận: 2,5;' })).toEqual({
			type: 'situation',
			rubric: [
				{ criterion: 'Nêu đúng căn cứ: Điều 5', maxPoints: 4 },
				{ criterion: 'Lập luận', maxPoints: 2.5 }
			]
		});
	});

	test('headings in any order, ignoring case and diacritics', () => {
		const { drafts } = rowsToDrafts([
			['DAP AN', 'cau hoi', 'loai'],
			['Sai', 'Hồ sơ nộp trực tuyến phải nộp thêm bản giấy.', 'dung/sai']
		]);
		expect(drafts[0]).toMatchObject({ row: 2, content: { type: 'true_false', correct: false } });
	});

	test('rows by spreadsheet number, blank rows skipped', () => {
		const tf = row({ Loại: 'Đúng/Sai', 'Câu hỏi': 'Đúng không?', 'Đáp án': 'Đúng' });
		const { drafts } = read(tf, row({}), ['', '  '], tf);
		expect(drafts.map((d) => d.row)).toEqual([2, 5]);
	});

	test('a formula-looking cell as plain text', () => {
		const { drafts } = read(row({ Loại: 'Trả lời ngắn', 'Câu hỏi': '=1+1', 'Đáp án': '=SUM(A1:A2)' }));
		expect(drafts[0]).toMatchObject({ stem: '=1+1', content: { accepted: ['=SUM(A1:A2)'] } });
	});

	test('a cell disarmed with a single quote without that quote', () => {
		const { drafts } = read(row({ Loại: 'Trả lời ngắn', 'Câu hỏi': "'=1+1", 'Đáp án': "'-5 | 'x" }));
		expect(drafts[0]).toMatchObject({ stem: '=1+1', content: { accepted: ['-5', "'x"] } });
	});
});
