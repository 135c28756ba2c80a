import { describe, expect, it } from 'vitest';
import { answerLook } from './answer-look';

describe('answerLook', () => {
	it('gives the first options distinct letters, shapes and colours', () => {
		const four = [0, 1, 2, 3].map(answerLook);
		expect(four.map((l) => l.letter)).toEqual(['A', 'B', 'C', 'D']);
		expect(new Set(four.map((l) => l.shape)).size).toBe(4);
		expect(new Set(four.map((l) => l.colorVar)).size).toBe(4);
	});

	it('keeps letters unique past the shapes it has', () => {
		expect(answerLook(6)).toMatchObject({ letter: 'G', shape: 'triangle' });
	});
});
