import { describe, expect, test } from 'vitest';
import { answerText, printedChoices } from './answer-text';

describe('answerText', () => {
	test('names choice keys by letter', () => {
		expect(answerText({ type: 'single', options: ['x', 'y'], correct: 1 })).toBe('B');
		expect(answerText({ type: 'multiple', options: ['x', 'y', 'z'], correct: [0, 2] })).toBe('A, C');
	});

	test('gives the order of the printed items, which are shown alphabetically', () => {
		const content = { type: 'ordering' as const, items: ['Tiếp nhận', 'Giải quyết', 'Trả kết quả'] };
		expect(printedChoices(content)).toEqual(['Giải quyết', 'Tiếp nhận', 'Trả kết quả']);
		expect(answerText(content)).toBe('B → A → C');
	});

	test('writes true/false, short answers and rubrics in words', () => {
		expect(answerText({ type: 'true_false', correct: false })).toBe('Sai');
		expect(answerText({ type: 'short', accepted: ['5', 'năm'], ignoreCaseAndDiacritics: true, tolerance: 0.5 })).toBe('5 / năm (± 0.5)');
		expect(answerText({ type: 'situation', rubric: [{ criterion: 'Đúng luật', maxPoints: 6 }] })).toBe('Đúng luật: 6 điểm');
	});
});
