import { describe, expect, test } from 'vitest';
import { attemptDeadline, isLate, remainingMs, roundState } from './deadline';

const at = (iso: string) => new Date(iso);
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);
const start = at('2025-03-10T08:00:00.000+07:00');
const close = at('2025-03-16T17:00:00.000+07:00');

describe('attemptDeadline', () => {
	test('is the start plus the time limit when the round closes later', () => {
		expect(attemptDeadline(start, 20 * 60, close)).toEqual(at('2025-03-10T08:20:00.000+07:00'));
	});

	test('is cut short by the round closing first', () => {
		const lateStart = at('2025-03-16T16:50:00.000+07:00');
		expect(attemptDeadline(lateStart, 20 * 60, close)).toEqual(close);
	});

	test('is the round close when the limit ends at that very instant', () => {
		expect(attemptDeadline(plus(close, -60_000), 60, close)).toEqual(close);
	});

	test('without a time limit (Infinity) is the round close', () => {
		expect(attemptDeadline(start, Infinity, close)).toEqual(close);
	});

	test('a negative limit leaves no time at all', () => {
		expect(attemptDeadline(start, -5, close)).toEqual(start);
	});

	test('returns a new date, not one of its arguments', () => {
		expect(attemptDeadline(plus(close, -1), 60, close)).not.toBe(close);
	});
});

describe('remainingMs', () => {
	const deadline = at('2025-03-10T08:20:00.000Z');

	test('counts down to the deadline', () => {
		expect(remainingMs(deadline, at('2025-03-10T08:19:58.500Z'))).toBe(1500);
	});

	test('is zero at the deadline', () => {
		expect(remainingMs(deadline, deadline)).toBe(0);
	});

	test('is zero, not negative, after the deadline', () => {
		expect(remainingMs(deadline, plus(deadline, 5000))).toBe(0);
	});
});

describe('isLate', () => {
	const deadline = at('2025-03-10T08:20:00.000Z');

	test('an answer before the deadline is in time', () => {
		expect(isLate(deadline, plus(deadline, -1))).toBe(false);
	});

	test('an answer received exactly at the deadline is accepted', () => {
		expect(isLate(deadline, deadline)).toBe(false);
	});

	test('an answer one millisecond after the deadline is late', () => {
		expect(isLate(deadline, plus(deadline, 1))).toBe(true);
	});

	test('the grace period accepts up to and including its last millisecond', () => {
		expect(isLate(deadline, plus(deadline, 2000), 2000)).toBe(false);
		expect(isLate(deadline, plus(deadline, 2001), 2000)).toBe(true);
	});

	test('a negative grace period counts as none', () => {
		expect(isLate(deadline, deadline, -1000)).toBe(false);
	});
});

describe('roundState', () => {
	const opens = at('2025-03-10T00:00:00.000+07:00');

	test('is upcoming until one millisecond before opening', () => {
		expect(roundState(opens, close, plus(opens, -1))).toBe('upcoming');
	});

	test('is open from the opening instant', () => {
		expect(roundState(opens, close, opens)).toBe('open');
	});

	test('is open up to one millisecond before closing', () => {
		expect(roundState(opens, close, plus(close, -1))).toBe('open');
	});

	test('is closed from the closing instant, so no attempt starts with no time left', () => {
		expect(roundState(opens, close, close)).toBe('closed');
	});

	test('a round that closes when it opens is never open', () => {
		expect(roundState(opens, opens, plus(opens, -1))).toBe('upcoming');
		expect(roundState(opens, opens, opens)).toBe('closed');
	});

	test('a running attempt may still submit at the instant its round closes', () => {
		const deadline = attemptDeadline(plus(close, -60_000), 20 * 60, close);
		expect([roundState(opens, close, close), isLate(deadline, close)]).toEqual(['closed', false]);
	});
});
