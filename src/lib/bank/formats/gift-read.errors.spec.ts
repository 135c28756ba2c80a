import { describe, expect, test } from 'vitest';
import { parseGift } from './gift-read';

const errors = (text: string) => parseGift(text).errors;

describe('parseGift reports, on the first line of the question', () => {
	test('a question without an answer block', () => {
		expect(errors('// ghi chú\nChỉ có lời dẫn, không có đáp án.')).toEqual([{ row: 2, message: 'import.gift.noAnswers' }]);
	});

	test('an answer block that is never closed', () => {
		expect(errors('Một {T}\n\nHai {\n=Hà Nội\n~Huế')).toEqual([{ row: 3, message: 'import.gift.unclosed' }]);
	});

	test('choices without any right answer', () => {
		expect(errors('Chọn? {~a ~b ~%0%c}')).toEqual([{ row: 1, message: 'import.gift.noCorrect' }]);
	});

	test('choices whose weights are all zero or negative', () => {
		expect(errors('Chọn? {~%-50%a ~%-50%b}')).toEqual([{ row: 1, message: 'import.gift.noCorrect' }]);
	});

	test('matching questions, which the bank has no type for', () => {
		expect(errors('Ghép {=Hà Nội -> Thủ đô =Huế -> Cố đô}')).toEqual([
			{ row: 1, message: 'import.gift.matching', params: { value: '=Hà Nội -> Thủ đô =Huế -> Cố đô' } }
		]);
	});

	test('several answer blocks in one question', () => {
		expect(errors('Một {=a ~b} và hai {=c ~d}')).toEqual([{ row: 1, message: 'import.gift.severalBlocks' }]);
	});

	test('several "=" among "~", which Moodle reads as one choice with several full-credit answers', () => {
		expect(errors('Chọn {=Một =Hai ~Ba}')).toEqual([{ row: 1, message: 'import.gift.severalRight', params: { count: 2 } }]);
	});

	test('numbers accepted with different tolerances', () => {
		expect(errors('Bao nhiêu? {#=3:0.1 =4:1}')).toEqual([
			{ row: 1, message: 'import.gift.mixedTolerance', params: { value: '3:0.1; 4:1' } }
		]);
	});

	test('a short answer with partial credit only', () => {
		expect(errors('Thủ đô? {=%50%Hà Nội}')).toEqual([{ row: 1, message: 'import.gift.partialOnly' }]);
	});

	test('an empty or blank file as holding no question', () => {
		expect(errors('\n  \n// chỉ có ghi chú\n')).toEqual([{ row: 1, message: 'import.noQuestions' }]);
	});

	test('an empty stem as required', () => {
		expect(errors('::Tên câu::{T}')).toEqual([{ row: 1, message: 'import.required' }]);
	});

	test('duplicate options', () => {
		expect(errors('Chọn? {=Chính phủ ~chính phủ ~Quốc hội}')).toEqual([{ row: 1, message: 'bank.duplicateOptions' }]);
	});

	test('a numeric answer that is not a number', () => {
		expect(errors('Bao nhiêu? {#ba:1}')).toEqual([{ row: 1, message: 'bank.badNumber', params: { value: 'ba:1' } }]);
	});

	test('a hoithi comment that is not JSON', () => {
		expect(errors('// hoithi: {hỏng\nHỏi {T}')[0]).toMatchObject({ row: 2, message: 'import.gift.unsupported' });
	});

	test('every broken question at once, with no draft', () => {
		const { drafts, errors: all } = parseGift('Tốt {T}\n\nXấu {~a ~b}\n\n\nThiếu đáp án');
		expect(drafts).toEqual([]);
		expect(all).toEqual([
			{ row: 3, message: 'import.gift.noCorrect' },
			{ row: 6, message: 'import.gift.noAnswers' }
		]);
	});

	test('broken questions in a CRLF file with a byte-order mark on their own lines', () => {
		expect(errors('\uFEFFTốt {T}\r\n\r\nXấu {\r\n=a')).toEqual([{ row: 3, message: 'import.gift.unclosed' }]);
	});
});
