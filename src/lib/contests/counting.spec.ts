import { describe, expect, test } from 'vitest';
import { countingAttempts } from './counting';

const attempts = [
	{ participantId: 'an', attemptNo: 2, correctCount: 8, durationMs: 300_000 },
	{ participantId: 'an', attemptNo: 1, correctCount: 8, durationMs: 400_000 },
	{ participantId: 'an', attemptNo: 3, correctCount: 6, durationMs: 100_000 },
	{ participantId: 'binh', attemptNo: 1, correctCount: 5, durationMs: 200_000 }
];
const numbers = (mode: 'best' | 'first' | 'last') =>
	countingAttempts(attempts, mode)
		.map((a) => `${a.participantId}#${a.attemptNo}`)
		.sort();

describe('countingAttempts', () => {
	test('best keeps the most correct answers, and among equals the faster attempt', () => {
		expect(numbers('best')).toEqual(['an#2', 'binh#1']);
	});

	test('first and last keep the attempt by its number, whatever its score', () => {
		expect(numbers('first')).toEqual(['an#1', 'binh#1']);
		expect(numbers('last')).toEqual(['an#3', 'binh#1']);
	});
});
