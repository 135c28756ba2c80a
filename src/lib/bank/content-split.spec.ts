import { describe, expect, test } from 'vitest';
import { joinContent, splitContent } from './content-split';
import type { QuestionContent } from './question';

const samples: QuestionContent[] = [
	{ type: 'single', options: ['Một', 'Hai', 'Ba'], correct: 2 },
	{ type: 'multiple', options: ['A', 'B', 'C'], correct: [0, 2], weights: [50, -100, 50] },
	{ type: 'true_false', correct: false },
	{ type: 'short', accepted: ['một cửa', 'mot cua'], ignoreCaseAndDiacritics: true, tolerance: 0.5 },
	{ type: 'ordering', items: ['Tiếp nhận hồ sơ', 'Thẩm định', 'Ký duyệt', 'Trả kết quả'] },
	{
		type: 'situation',
		rubric: [
			{ criterion: 'Đúng quy định', maxPoints: 6 },
			{ criterion: 'Thuyết phục', maxPoints: 4 }
		]
	}
];

describe('splitContent', () => {
	test.each(samples)('splitting then joining gives back a $type question', (content) => {
		const { display, answer } = splitContent(content);
		expect(joinContent(display, answer)).toEqual(content);
	});

	test('the display of a choice question carries no key', () => {
		const { display } = splitContent(samples[1]);
		expect(display).toEqual({ type: 'multiple', options: ['A', 'B', 'C'] });
	});

	test('ordering items are displayed in alphabetical order, not the right order', () => {
		const { display } = splitContent(samples[4]);
		expect(display).toEqual({ type: 'ordering', items: ['Ký duyệt', 'Thẩm định', 'Tiếp nhận hồ sơ', 'Trả kết quả'] });
	});

	test('the displays of true/false and short answers are bare', () => {
		expect(splitContent(samples[2]).display).toEqual({ type: 'true_false' });
		expect(splitContent(samples[3]).display).toEqual({ type: 'short' });
	});
});
