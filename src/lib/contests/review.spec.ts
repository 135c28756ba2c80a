import { describe, expect, test } from 'vitest';
import { gradeResponse } from './grading';
import { toStored } from './permutation';
import { answersReleased, reviewOutcome, shownKey } from './review';

describe('answersReleased', () => {
	const closes = new Date('2026-12-01T00:00:00Z');
	const before = new Date('2026-11-30T00:00:00Z');

	test('never before the participant has submitted, whatever the policy', () => {
		for (const policy of ['never', 'after_submit', 'after_close'] as const) {
			expect(answersReleased(policy, false, closes, closes)).toBe(false);
		}
	});

	test('after_submit shows the key as soon as the attempt is in', () => {
		expect(answersReleased('after_submit', true, closes, before)).toBe(true);
	});

	test('after_close waits for the round to close, from its closing instant on', () => {
		expect(answersReleased('after_close', true, closes, before)).toBe(false);
		expect(answersReleased('after_close', true, closes, closes)).toBe(true);
	});

	test('never keeps the key hidden', () => {
		expect(answersReleased('never', true, closes, new Date('2030-01-01T00:00:00Z'))).toBe(false);
	});
});

describe('shownKey', () => {
	// The participant sees stored options [2, 0, 1]: shown A is stored 2, shown B is stored 0, shown C is stored 1.
	const order = [2, 0, 1];

	test('names the correct option by its place on the participant’s screen', () => {
		expect(shownKey({ type: 'single', correct: 0 }, order)).toEqual({ kind: 'choices', correct: [1] });
		expect(shownKey({ type: 'single', correct: 0 }, null)).toEqual({ kind: 'choices', correct: [0] });
	});

	test('lists several correct options in screen order', () => {
		expect(shownKey({ type: 'multiple', correct: [0, 2] }, order)).toEqual({ kind: 'choices', correct: [0, 1] });
	});

	test('the shown ordering key is exactly the answer that grades as right', () => {
		const key = { type: 'ordering' as const, order: [1, 2, 0] };
		const shown = shownKey(key, order);
		expect(shown?.kind).toBe('order');
		const response = toStored({ order: (shown as { order: number[] }).order }, order);
		expect(gradeResponse(key, response)?.correct).toBe(true);
	});

	test('true/false and short answers need no mapping; situations have no key to show', () => {
		expect(shownKey({ type: 'true_false', correct: false }, null)).toEqual({ kind: 'value', correct: false });
		expect(shownKey({ type: 'short', accepted: ['Một cửa'], ignoreCaseAndDiacritics: true }, null)).toEqual({
			kind: 'text',
			accepted: ['Một cửa']
		});
		expect(shownKey({ type: 'situation' }, null)).toBeNull();
	});
});

describe('reviewOutcome', () => {
	test('a skipped question is unanswered, not wrong', () => {
		expect(reviewOutcome(null, false)).toBe('unanswered');
		expect(reviewOutcome({ choices: [] }, false)).toBe('unanswered');
		expect(reviewOutcome({ choice: 1 }, false)).toBe('wrong');
		expect(reviewOutcome({ choice: 1 }, true)).toBe('right');
	});
});
