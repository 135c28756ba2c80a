import { describe, expect, test } from 'vitest';
import { bestOffset, clockSample, secondsLeft, timeLeftMs } from './clock';

describe('the server clock in the browser', () => {
	test('the offset is read from the quickest round trip, the server reading its clock halfway', () => {
		// Browser 2 s behind the server; one slow trip (400 ms) and one quick (40 ms).
		const slow = clockSample(10_000, 12_300, 10_400);
		const quick = clockSample(20_000, 22_020, 20_040);
		expect(quick).toEqual({ offset: 2000, roundTrip: 40 });
		expect(bestOffset([slow, quick])).toBe(2000);
		expect(bestOffset([])).toBe(0);
	});

	test('a countdown runs to closesAt while open, stands still while paused, and is gone otherwise', () => {
		const question = { closesAt: 50_000 };
		expect(timeLeftMs({ phase: 'open', question, remainingMs: null }, 38_500)).toBe(11_500);
		expect(timeLeftMs({ phase: 'open', question, remainingMs: null }, 60_000)).toBe(0);
		expect(timeLeftMs({ phase: 'paused', question, remainingMs: 7000 }, 60_000)).toBe(7000);
		expect(timeLeftMs({ phase: 'locked', question, remainingMs: null }, 40_000)).toBeNull();
		expect(secondsLeft(11_500)).toBe(12);
		expect(secondsLeft(200)).toBe(1);
		expect(secondsLeft(0)).toBe(0);
	});
});
