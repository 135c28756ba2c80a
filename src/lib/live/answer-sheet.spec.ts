import { describe, expect, test } from 'vitest';
import { splitContent } from '$lib/bank/content-split';
import type { QuestionContent } from '$lib/bank/question';
import { answerLines, optionLabels, rightOptions } from './answer-sheet';

const sheet = (content: QuestionContent) => {
	const { display, answer } = splitContent(content);
	return { lines: answerLines(display, answer), labels: optionLabels(display), right: rightOptions(answer) };
};

describe('the answer sheet', () => {
	test('names the right options by letter and text', () => {
		expect(sheet({ type: 'single', options: ['Một cửa', 'Hai cửa', 'Ba cửa'], correct: 0 })).toEqual({
			lines: ['A. Một cửa'],
			labels: ['A. Một cửa', 'B. Hai cửa', 'C. Ba cửa'],
			right: [0]
		});
		expect(sheet({ type: 'multiple', options: ['Đúng hạn', 'Trễ hạn', 'Công khai'], correct: [2, 0] }).lines).toEqual([
			'A. Đúng hạn',
			'C. Công khai'
		]);
		expect(sheet({ type: 'true_false', correct: false })).toMatchObject({ lines: ['Sai'], labels: ['Đúng', 'Sai'], right: [1] });
	});

	test('gives typed answers and the right order in words', () => {
		expect(sheet({ type: 'short', accepted: ['2030', 'năm 2030'], ignoreCaseAndDiacritics: true }).lines).toEqual(['2030 / năm 2030']);
		// Shown in alphabetical order, read back in the right order.
		expect(sheet({ type: 'ordering', items: ['Tiếp nhận', 'Thẩm định', 'Trả kết quả'] }).lines).toEqual([
			'1. Tiếp nhận',
			'2. Thẩm định',
			'3. Trả kết quả'
		]);
		expect(sheet({ type: 'situation', rubric: [{ criterion: 'Đúng quy định', maxPoints: 6 }] }).lines).toEqual([
			'Đúng quy định (tối đa 6 điểm)'
		]);
	});
});
