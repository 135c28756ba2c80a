/**
 * What the contests rolled into a report say about what people know: the topics answered worst and
 * how the results spread. Pure: the rows come from the results model (`roll-in.ts`).
 */
import { weakestTopics, type TopicFacility } from '$lib/contests/item-statistics';

/** One question as the period's rounds put it to people: how often, and how often it was answered right. */
export interface AskedQuestion {
	questionId: number;
	topic: string | null;
	asked: number;
	right: number;
}

/**
 * Topics by their questions' mean share of right answers (in %), weakest first, as the round
 * statistics rank them. Right answers, not points: a live game's speed points are not comparable
 * with an online round's one point a question.
 */
export function weakTopics(questions: readonly AskedQuestion[]): TopicFacility[] {
	return weakestTopics(questions.filter((q) => q.asked > 0).map((q) => ({ topic: q.topic, facility: (100 * q.right) / q.asked })));
}

export interface ScoreBand {
	/** Lower bound in % of the questions answered right; the band holds from ≤ share < to (the last one includes 100). */
	from: number;
	to: number;
	count: number;
}

/** Bands of 10 percentage points: 0–10 %, 10–20 % … 90–100 %. */
export const BAND_COUNT = 10;

/**
 * Counting results (one per person and round) by their share of questions answered right, in bands of
 * 10 %. Counted in whole numbers, so that 7 of 10 falls in 70–80 % whatever floating point would make of 0.7.
 */
export function scoreBands(results: readonly { correct: number; of: number }[]): ScoreBand[] {
	const bands = Array.from({ length: BAND_COUNT }, (_, i) => ({
		from: (100 * i) / BAND_COUNT,
		to: (100 * (i + 1)) / BAND_COUNT,
		count: 0
	}));
	for (const { correct, of } of results) {
		if (of <= 0) continue;
		const band = Math.floor((Math.min(Math.max(correct, 0), of) * BAND_COUNT) / of);
		bands[Math.min(band, BAND_COUNT - 1)].count++;
	}
	return bands;
}
