import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AnswerKey } from '$lib/bank/content-split';
import { gradeResponse, type Response } from './grading';

const index = fc.integer({ min: 0, max: 5 });
const keys: fc.Arbitrary<AnswerKey> = fc.oneof(
	index.map((correct) => ({ type: 'single' as const, correct })),
	fc.record({
		type: fc.constant('multiple' as const),
		correct: fc.uniqueArray(index, { minLength: 1 }),
		weights: fc.option(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 6, maxLength: 6 }), { nil: undefined })
	}),
	fc.boolean().map((correct) => ({ type: 'true_false' as const, correct })),
	fc.record({
		type: fc.constant('short' as const),
		accepted: fc.array(fc.string({ minLength: 1 }), { minLength: 1 }),
		ignoreCaseAndDiacritics: fc.boolean(),
		tolerance: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined })
	}),
	fc
		.integer({ min: 2, max: 6 })
		.chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n }).map((order) => ({ type: 'ordering' as const, order })))
);
// Whatever a browser might post: right shapes, wrong shapes, junk.
const junk = fc.oneof(fc.integer({ min: -3, max: 9 }), fc.double(), fc.string(), fc.boolean(), fc.constant(null));
const responses = fc.oneof(
	fc.record({ choice: junk }),
	fc.record({ choices: fc.array(junk) }),
	fc.record({ value: junk }),
	fc.record({ text: junk }),
	fc.record({ order: fc.array(junk) }),
	fc.constant(null),
	fc.object()
) as fc.Arbitrary<Response | null>;

describe('gradeResponse, for any key and any posted response', () => {
	test('never throws and scores between 0 and the points', () => {
		fc.assert(
			fc.property(keys, responses, fc.boolean(), fc.integer({ min: 0, max: 10 }), (key, response, partialCredit, points) => {
				const grade = gradeResponse(key, response, { partialCredit, points })!;
				expect(grade.score).toBeGreaterThanOrEqual(0);
				expect(grade.score).toBeLessThanOrEqual(points);
			})
		);
	});

	test('a right answer earns the full points and a wrong one without partial credit earns none', () => {
		fc.assert(
			fc.property(keys, responses, fc.integer({ min: 1, max: 10 }), (key, response, points) => {
				const grade = gradeResponse(key, response, { points })!;
				expect(grade.score).toBe(grade.correct ? points : 0);
			})
		);
	});
});
