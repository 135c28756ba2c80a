import { describe, expect, test } from 'vitest';
import type { AnswerKey } from '$lib/bank/content-split';
import { gradeResponse, parseNumber, type Response } from './grading';

const single: AnswerKey = { type: 'single', correct: 2 };
const multiple: AnswerKey = { type: 'multiple', correct: [0, 2] };
const weighted: AnswerKey = { type: 'multiple', correct: [0, 2], weights: [50, -50, 50, -100] };
const tf: AnswerKey = { type: 'true_false', correct: false };
const short: AnswerKey = { type: 'short', accepted: ['Một cửa liên thông'], ignoreCaseAndDiacritics: true };
const strict: AnswerKey = { type: 'short', accepted: ['Một cửa'], ignoreCaseAndDiacritics: false };
const numeric: AnswerKey = { type: 'short', accepted: ['3,2'], ignoreCaseAndDiacritics: true, tolerance: 0.1 };
const ordering: AnswerKey = { type: 'ordering', order: [2, 0, 3, 1] };
const partial = { partialCredit: true, points: 2 };
const grade = (key: AnswerKey, r: Response | null, o = {}) => gradeResponse(key, r, o);

describe('gradeResponse', () => {
	test('a right answer scores the points, one by default', () => {
		expect(grade(single, { choice: 2 })).toEqual({ correct: true, score: 1 });
		expect(grade(single, { choice: 2 }, { points: 5 })).toEqual({ correct: true, score: 5 });
	});

	test.each([single, multiple, tf, short, ordering])('a missing %s response is wrong with score 0', (key) => {
		expect(grade(key, null)).toEqual({ correct: false, score: 0 });
		expect(gradeResponse(key, undefined)).toEqual({ correct: false, score: 0 });
	});

	test('a situation is left to the judges', () => {
		expect(grade({ type: 'situation' }, { text: 'Giải quyết theo quy định' })).toBeNull();
	});

	test.each<[string, AnswerKey, unknown]>([
		['another choice', single, { choice: 1 }],
		['a choice out of range', single, { choice: 9 }],
		['a choice given as text', single, { choice: '2' }],
		['a response of another type', single, { text: 'C' }],
		['the wrong truth value', tf, { value: true }],
		['a truth value given as text', tf, { value: 'false' }]
	])('%s is wrong, never an error', (_, key, response) => {
		expect(grade(key, response as Response, partial)).toEqual({ correct: false, score: 0 });
	});

	test('the right truth value is right', () => {
		expect(grade(tf, { value: false })).toEqual({ correct: true, score: 1 });
	});
});

describe('gradeResponse for multiple choice', () => {
	test('exactly the right choices, in any order, are right', () => {
		expect(grade(multiple, { choices: [2, 0] }, partial)).toEqual({ correct: true, score: 2 });
	});

	test.each([[[0]], [[0, 1, 2]], [[]]])('choices %j score nothing without partial credit', (choices) => {
		expect(grade(multiple, { choices })).toEqual({ correct: false, score: 0 });
	});

	test('partial credit without weights is right minus wrong over the right count', () => {
		expect(grade({ type: 'multiple', correct: [0, 1, 2] }, { choices: [0, 1, 3] }, partial)).toEqual({ correct: false, score: 0.666667 });
		expect(grade(multiple, { choices: [0] }, partial)).toEqual({ correct: false, score: 1 });
	});

	test('partial credit never goes below zero', () => {
		expect(grade(multiple, { choices: [0, 1, 3] }, { partialCredit: true })).toEqual({ correct: false, score: 0 });
	});

	test('partial credit with weights adds the chosen percentages', () => {
		expect(grade(weighted, { choices: [0] }, partial)).toEqual({ correct: false, score: 1 });
		expect(grade(weighted, { choices: [0, 1] }, partial)).toEqual({ correct: false, score: 0 });
		expect(grade(weighted, { choices: [0, 3] }, partial)).toEqual({ correct: false, score: 0 });
	});

	test('weights adding to more than 100 are clamped to the points', () => {
		const key: AnswerKey = { type: 'multiple', correct: [0], weights: [100, 50] };
		expect(grade(key, { choices: [0, 1] }, partial)).toEqual({ correct: false, score: 2 });
	});

	test('weights of 33.3 + 33.3 + 33.4 give exactly the full points', () => {
		const key: AnswerKey = { type: 'multiple', correct: [0, 1, 2], weights: [33.3, 33.3, 33.4, 0] };
		expect(grade(key, { choices: [0, 1, 2, 3] }, { partialCredit: true, points: 3 })?.score).toBe(3);
	});

	test.each<[string, AnswerKey, number[], object]>([
		['an index past the weights', weighted, [0, 2, 4], partial],
		['an index past the option count', multiple, [0, 2, 5], { ...partial, optionCount: 4 }],
		['a repeated index', multiple, [0, 0, 2], partial],
		['a negative index', multiple, [0, -1], partial]
	])('%s makes the response malformed and wrong', (_, key, choices, options) => {
		expect(grade(key, { choices }, options)).toEqual({ correct: false, score: 0 });
	});
});

describe('gradeResponse for short answers', () => {
	test.each(['Một cửa liên thông', '  một   cửa\tliên thông ', 'MOT CUA LIEN THONG', 'mot cua lien thong'])(
		'"%s" matches when case and diacritics are ignored',
		(text) => expect(grade(short, { text })?.correct).toBe(true)
	);

	test.each(['một cửa', 'Mot cua', 'Một  cửa '])('"%s" is judged on case and diacritics when the key says so', (text) => {
		expect(grade(strict, { text })?.correct).toBe(text === 'Một  cửa ');
	});

	test('a decomposed (NFD) answer matches the same letters composed', () => {
		expect(grade(strict, { text: 'Một cửa'.normalize('NFD') })?.correct).toBe(true);
	});

	test.each(['', '   '])('a blank answer "%s" is wrong', (text) => {
		expect(grade(short, { text })).toEqual({ correct: false, score: 0 });
	});

	test.each([
		['3,2', true],
		['3.25', true],
		['3,3', true],
		['3.1', true],
		['3,31', false],
		['2,9', false],
		['ba phẩy hai', false]
	])('with a tolerance of 0.1 around 3,2, "%s" is right: %s', (text, ok) => {
		expect(grade(numeric, { text: text as string })?.correct).toBe(ok);
	});

	test('without a tolerance numbers are compared as text', () => {
		const key: AnswerKey = { type: 'short', accepted: ['3,5'], ignoreCaseAndDiacritics: true };
		expect(grade(key, { text: '3.5' })?.correct).toBe(false);
		expect(grade({ ...key, tolerance: 0 }, { text: '3.5' })?.correct).toBe(true);
	});

	test('parseNumber reads one decimal mark and refuses grouping and words', () => {
		expect([parseNumber(' -0,25 '), parseNumber('+7'), parseNumber('1.000.000'), parseNumber('1e3'), parseNumber('')]).toEqual([
			-0.25,
			7,
			null,
			null,
			null
		]);
	});
});

describe('gradeResponse for ordering', () => {
	test('only the full right order is right', () => {
		expect(grade(ordering, { order: [2, 0, 3, 1] })).toEqual({ correct: true, score: 1 });
		expect(grade(ordering, { order: [0, 2, 3, 1] })).toEqual({ correct: false, score: 0 });
	});

	test.each([[[2, 0, 3]], [[2, 0, 3, 1, 4]], [[2, 2, 3, 1]], [[2, 0, 3, 7]]])('order %j is malformed and wrong', (order) => {
		expect(grade(ordering, { order })).toEqual({ correct: false, score: 0 });
	});
});
