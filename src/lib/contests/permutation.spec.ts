import { describe, expect, test } from 'vitest';
import { toShown, toStored } from './permutation';

const order = [2, 0, 1]; // shown A is stored C, shown B is stored A, shown C is stored B

describe('option permutation', () => {
	test('a choice on screen is stored as the option it really is', () => {
		expect(toStored({ choice: 0 }, order)).toEqual({ choice: 2 });
		expect(toStored({ choices: [0, 1] }, order)).toEqual({ choices: [2, 0] });
		expect(toStored({ order: [1, 2, 0] }, order)).toEqual({ order: [0, 1, 2] });
	});

	test('showing a stored response gives back what the participant chose', () => {
		for (const response of [{ choice: 1 }, { choices: [2, 0] }, { order: [2, 1, 0] }]) {
			expect(toShown(toStored(response, order), order)).toEqual(response);
		}
	});

	test('answers without options, or unshuffled questions, pass through', () => {
		expect(toStored({ text: 'một cửa' }, order)).toEqual({ text: 'một cửa' });
		expect(toStored({ choice: 1 }, null)).toEqual({ choice: 1 });
	});

	test('an index past the options maps to no option at all', () => {
		expect(toStored({ choice: 7 }, order)).toEqual({ choice: -1 });
	});
});
