import type { PointsMode, StreakBonus } from './config';

/** Under half a second counts as instant: nobody reads a question that fast, the tap was ready. */
export const INSTANT_MS = 500;

/**
 * Kahoot-style speed points for a right answer: round(P × (1 − t / 2T)), t and T in the same unit.
 * Full points under half a second; half the points at the deadline, and never less than half even when
 * the host extended the time (t is clamped to T, so an extension never lowers what earlier answers got).
 */
export function speedPoints(points: number, elapsedMs: number, limitMs: number): number {
	if (elapsedMs < INSTANT_MS || limitMs <= 0) return points;
	const t = Math.min(elapsedMs, limitMs);
	return Math.round(points * (1 - t / (2 * limitMs)));
}

/** What a right answer earns before any streak bonus or star. */
export function rightAnswerPoints(mode: PointsMode, points: number, elapsedMs: number, limitMs: number): number {
	switch (mode) {
		case 'fixed':
			return points;
		case 'speed':
			return speedPoints(points, elapsedMs, limitMs);
		case 'none':
			return 0;
	}
}

/** A game set up from the form pays a streak's step at most this many times over, so one long run cannot decide it. */
export const STREAK_TIMES = 5;

/** Bonus for the `streak`-th right answer in a row (1 = the first, which earns none). */
export function streakBonus(bonus: StreakBonus | null, streak: number): number {
	if (!bonus || streak < 2) return 0;
	return Math.min(bonus.max, bonus.step * (streak - 1));
}

/**
 * Ngôi sao hy vọng: a right answer earns its points twice (the streak bonus is not doubled); a wrong
 * or missing one loses the stake, which is the question's points.
 */
export function starredPoints(correct: boolean, earned: number, bonus: number, stake: number): number {
	return correct ? 2 * earned + bonus : -stake;
}

/**
 * A situation's score: each judge's total (sum over the criteria), averaged over the judges. Dropping the
 * extremes removes one highest and one lowest total, and only with at least three judges (with two there
 * would be nothing left). Rounded to hundredths, as score sheets are.
 */
export function judgeAverage(totals: readonly number[], dropExtremes: boolean): number {
	if (totals.length === 0) return 0;
	const sorted = [...totals].sort((a, b) => a - b);
	const counted = dropExtremes && sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
	return roundScore(counted.reduce((sum, t) => sum + t, 0) / counted.length);
}

/**
 * Scores stay in hundredths, so that adding averages and adjustments never drifts (0.1 + 0.2); and never
 * −0, which JSON would turn into 0, so that a restored snapshot equals the state it was taken from.
 */
export const roundScore = (score: number): number => Math.round(score * 100) / 100 || 0;
