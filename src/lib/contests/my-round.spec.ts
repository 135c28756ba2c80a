import { describe, expect, it } from 'vitest';
import { myRoundState, nextOpening, type MyAttempt } from './my-round';

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes));
const round = { opensAt: at(0), closesAt: at(60), attemptsAllowed: 2 };
const attempt = (a: Partial<MyAttempt> = {}): MyAttempt => ({
	id: 7,
	attemptNo: 1,
	submittedAt: at(20),
	deadline: at(25),
	correctCount: 8,
	score: 8,
	...a
});

describe('myRoundState', () => {
	it('tells a round not open yet, open and untouched, and over without an attempt apart', () => {
		expect(myRoundState(round, [], at(-5))).toEqual({ kind: 'upcoming', opensAt: at(0) });
		expect(myRoundState(round, [], at(5))).toEqual({ kind: 'not_started', attemptsLeft: 2 });
		expect(myRoundState(round, [], at(60))).toEqual({ kind: 'missed' });
	});
	it('shows a running attempt with its time left, and one past its deadline as submitted', () => {
		const running = attempt({ submittedAt: null, correctCount: null, score: null, deadline: at(30) });
		expect(myRoundState(round, [running], at(20))).toEqual({ kind: 'in_progress', attemptId: 7, remainingMs: 600_000 });
		expect(myRoundState(round, [running], at(31))).toMatchObject({ kind: 'submitted', correctCount: 0 });
	});
	it('counts the attempts left while open, none once closed, and shows the latest attempt', () => {
		const second = attempt({ id: 9, attemptNo: 2, correctCount: 9, score: 9 });
		expect(myRoundState(round, [attempt()], at(30))).toEqual({
			kind: 'submitted',
			attemptId: 7,
			correctCount: 8,
			score: 8,
			attemptsLeft: 1,
			final: false
		});
		expect(myRoundState(round, [second, attempt()], at(30))).toMatchObject({ attemptId: 9, attemptsLeft: 0 });
		expect(myRoundState(round, [attempt()], at(61))).toMatchObject({ attemptsLeft: 0, final: true });
	});
});

describe('nextOpening', () => {
	it('is the earliest opening still ahead', () => {
		expect(nextOpening([{ opensAt: at(0) }, { opensAt: at(90) }, { opensAt: at(70) }], at(10))).toEqual(at(70));
		expect(nextOpening([{ opensAt: at(0) }], at(10))).toBeNull();
	});
});
