import { describe, expect, test } from 'vitest';
import { judgeAverage, rightAnswerPoints, roundScore, speedPoints, starredPoints, streakBonus } from './scoring';

describe('speedPoints: round(P × (1 − t / 2T))', () => {
	const T = 20_000;

	test('an answer under half a second earns the full points', () => {
		expect(speedPoints(1000, 0, T)).toBe(1000);
		expect(speedPoints(1000, 499, T)).toBe(1000);
	});

	test('from half a second on, the formula applies', () => {
		expect(speedPoints(1000, 500, T)).toBe(988); // 1000 × (1 − 0.5/40) = 987.5 → 988
		expect(speedPoints(1000, 10_000, T)).toBe(750);
	});

	test('an answer at the deadline earns half the points', () => {
		expect(speedPoints(1000, T, T)).toBe(500);
		expect(speedPoints(15, T, T)).toBe(8); // 7.5 rounds up
	});

	test('an answer in time the host added still earns half, never less', () => {
		expect(speedPoints(1000, T + 15_000, T)).toBe(500);
	});
});

describe('rightAnswerPoints', () => {
	test('fixed gives the points whatever the time, none gives nothing', () => {
		expect(rightAnswerPoints('fixed', 100, 19_000, 20_000)).toBe(100);
		expect(rightAnswerPoints('none', 100, 100, 20_000)).toBe(0);
		expect(rightAnswerPoints('speed', 100, 10_000, 20_000)).toBe(75);
	});
});

describe('streakBonus', () => {
	const bonus = { step: 100, max: 300 };

	test('starts with the second right answer in a row and stops at the maximum', () => {
		expect([1, 2, 3, 4, 5, 9].map((s) => streakBonus(bonus, s))).toEqual([0, 100, 200, 300, 300, 300]);
	});

	test('is nothing when the segment has no bonus', () => {
		expect(streakBonus(null, 5)).toBe(0);
	});
});

describe('starredPoints (ngôi sao hy vọng)', () => {
	test('a right answer earns its points twice, the streak bonus once', () => {
		expect(starredPoints(true, 30, 10, 30)).toBe(70);
	});

	test('a wrong answer loses the stake', () => {
		expect(starredPoints(false, 0, 0, 30)).toBe(-30);
	});
});

describe('judgeAverage', () => {
	test('averages every judge by default, in hundredths', () => {
		expect(judgeAverage([12, 13, 14.5], false)).toBe(13.17);
	});

	test('dropping the extremes leaves out one highest and one lowest total', () => {
		expect(judgeAverage([15, 9, 12, 13, 12], true)).toBe(12.33);
		expect(judgeAverage([10, 10, 10, 15], true)).toBe(10);
	});

	test('with fewer than three judges there is nothing to drop', () => {
		expect(judgeAverage([10, 14], true)).toBe(12);
		expect(judgeAverage([7], true)).toBe(7);
	});

	test('no judge, no points', () => {
		expect(judgeAverage([], false)).toBe(0);
	});
});

test('roundScore keeps hundredths exact', () => {
	expect(roundScore(0.1 + 0.2)).toBe(0.3);
	expect(roundScore(-12.345)).toBe(-12.34);
});
