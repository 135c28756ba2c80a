import { describe, expect, test } from 'vitest';
import { applicableOverride, attemptDeadline, closesAtFor, isLate, remainingMs, roundState } from './deadline';

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

describe('overrides', () => {
	const started = at('2025-03-16T16:50:00.000+07:00');
	const tenMore = { closesAt: null, extraSeconds: 10 * 60 };

	test('extra minutes lengthen the time limit, still cut by the close', () => {
		const early = at('2025-03-16T10:00:00.000+07:00');
		expect(attemptDeadline(early, 20 * 60, close, tenMore)).toEqual(plus(early, 30 * 60_000));
		expect(attemptDeadline(started, 20 * 60, close, tenMore)).toEqual(close);
	});

	test('a later close lets an attempt run past the round’s close, never an earlier one', () => {
		const later = plus(close, 60 * 60_000);
		expect(attemptDeadline(started, 60 * 60, close, { closesAt: later, extraSeconds: 0 })).toEqual(plus(started, 60 * 60_000));
		expect(closesAtFor(close, { closesAt: plus(close, -1), extraSeconds: 0 })).toEqual(close);
		expect(closesAtFor(close, null)).toEqual(close);
	});

	test('a personal override wins over the units’; among units the most generous applies', () => {
		const later = plus(close, 1000);
		const personal = { closesAt: null, extraSeconds: 60 };
		expect(applicableOverride(personal, [tenMore])).toBe(personal);
		expect(applicableOverride(null, [tenMore, { closesAt: later, extraSeconds: 0 }])).toEqual({ closesAt: later, extraSeconds: 600 });
		expect(applicableOverride(null, [])).toBeNull();
	});

	test('negative extra minutes count as none', () => {
		expect(attemptDeadline(started, 60, close, { closesAt: null, extraSeconds: -600 })).toEqual(plus(started, 60_000));
	});
});
