import { describe, expect, test } from 'vitest';
import {
	MIN_PAPERS_FOR_RELIABILITY,
	needsReview,
	printableSummary,
	roundStatistics,
	topUnits,
	type CountingAttempt,
	type DrawnAnswer,
	type QuestionInfo,
	type StatisticsInput
} from './item-statistics';

const TAN_THACH = { id: 1, name: 'Xã Tân Thạch' };
const TU_PHAP = { id: 2, name: 'Sở Tư pháp' };
const AN_HOA = { id: 3, name: 'Xã An Hóa' };

/** "2026-03-02 23:30" in Vietnam time. */
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

/** An attempt from its scores per question id (position = order given); `chosen` for choice questions. */
function attempt(unit: CountingAttempt['unit'], submittedAt: string, scores: [number, number, (number[] | null)?][]): CountingAttempt {
	const answers: DrawnAnswer[] = scores.map(([questionId, score, chosen = null], position) => ({
		questionId,
		position,
		score,
		correct: score === 1,
		chosen
	}));
	return { unit, submittedAt: vn(submittedAt), answers };
}

const question = (id: number, topic: string | null, options: QuestionInfo['options'] = null): QuestionInfo => ({
	id,
	stem: `Câu hỏi ${id}`,
	topic,
	options
});

function input(attempts: CountingAttempt[], questions: QuestionInfo[], questionCount: number): StatisticsInput {
	return {
		attempts,
		questions,
		questionCount,
		opensAt: vn('2026-03-02 08:00'),
		closesAt: vn('2026-03-09 08:00'),
		now: vn('2026-03-04 12:00')
	};
}

function containsNaN(value: unknown): boolean {
	if (typeof value === 'number') return Number.isNaN(value);
	if (value && typeof value === 'object') return Object.values(value).some(containsNaN);
	return false;
}

/**
 * Four participants, three questions, everyone drew all three in the same places:
 *        Q1 Q2 Q3 | X
 *   A     1  1  1 | 3
 *   B     1  1  0 | 2
 *   C     1  0  1 | 2
 *   D     0  0  0 | 0
 * Q1 is one-answer with options a (right), b, c: A, B, C chose a, D chose c.
 */
const fourByThree = input(
	[
		attempt(TAN_THACH, '2026-03-02 23:30', [
			[1, 1, [0]],
			[2, 1],
			[3, 1]
		]),
		attempt(TAN_THACH, '2026-03-03 00:30', [
			[1, 1, [0]],
			[2, 1],
			[3, 0]
		]),
		attempt(TU_PHAP, '2026-03-03 10:00', [
			[1, 1, [0]],
			[2, 0],
			[3, 1]
		]),
		attempt(AN_HOA, '2026-03-04 09:00', [
			[1, 0, [2]],
			[2, 0],
			[3, 0]
		])
	],
	[question(1, 'Một cửa', { texts: ['a', 'b', 'c'], correct: [0] }), question(2, 'Công vụ'), question(3, 'Công vụ')],
	3
);

describe('item statistics of a 4 × 3 round, checked by hand', () => {
	const stats = roundStatistics(fourByThree);
	const [q1, q2, q3] = stats.questions;

	test('facility and SD: Q1 x = 1,1,1,0 has mean 0.75 and Σ(x − x̄)² = 0.75, so SD = √(0.75/3) = 0.5', () => {
		expect(q1).toMatchObject({ n: 4, facility: 75, topic: 'Một cửa' });
		expect(q1.sd).toBeCloseTo(50, 10);
		// Q2 x = 1,1,0,0: Σ(x − x̄)² = 1, SD = √(1/3).
		expect(q2.facility).toBe(50);
		expect(q2.sd).toBeCloseTo(57.735, 3);
	});

	test('discrimination correlates x with the rest of the attempt, X − x', () => {
		// Q1: rest = 2,1,1,0 (mean 1); Σ dx·dr = 0.25·1 + 0.25·0 + 0.25·0 + (−0.75)(−1) = 1; Σ dr² = 2.
		// r = 1 / √(0.75 × 2) = 0.8165.
		expect(q1.discrimination).toBeCloseTo(81.65, 2);
		// Q2: rest = 2,1,2,0 (mean 1.25); Σ dx·dr = 0.375 − 0.125 − 0.375 + 0.625 = 0.5; Σ dr² = 2.75.
		// r = 0.5 / √(1 × 2.75) = 0.3015. Q3 mirrors it: x = 1,0,1,0, rest = 2,2,1,0.
		expect(q2.discrimination).toBeCloseTo(30.15, 2);
		expect(q3.discrimination).toBeCloseTo(30.15, 2);
	});

	test('discriminative efficiency divides by the covariance of x and X − x both sorted ascending', () => {
		// Q1 sorted: x 0,1,1,1 and rest 0,1,1,2 give Σ = 0.75 + 0 + 0 + 0.25 = 1, as much as it gets: 100 %.
		expect(q1.efficiency).toBeCloseTo(100, 10);
		// Q2 sorted: x 0,0,1,1 and rest 0,1,2,2 give Σ = 0.625 + 0.125 + 0.375 + 0.375 = 1.5; 0.5 / 1.5.
		expect(q2.efficiency).toBeCloseTo(33.33, 2);
	});

	test('the 27 % groups of four are one attempt each: A on top, D at the bottom', () => {
		expect(stats.questions.map((q) => [q.groupSize, q.upperLower])).toEqual([
			[1, 1],
			[1, 1],
			[1, 1]
		]);
	});

	test('options of the choice question count who picked each, by top and bottom group', () => {
		expect(q1.choices).toEqual({
			options: [
				{ text: 'a', correct: true, all: 3, top: 1, bottom: 0 },
				{ text: 'b', correct: false, all: 0, top: 0, bottom: 0 },
				{ text: 'c', correct: false, all: 1, top: 0, bottom: 1 }
			],
			blank: { all: 0, top: 0, bottom: 0 }
		});
		expect(q2.choices).toBeNull();
	});

	test('round summary: X = 3,2,2,0', () => {
		const s = stats.summary;
		expect(s).toMatchObject({ n: 4, questionCount: 3, mean: 1.75, median: 2 });
		// Σ(X − X̄)² = 1.5625 + 0.0625 + 0.0625 + 3.0625 = 4.75; SD = √(4.75/3).
		expect(s.sd).toBeCloseTo(1.2583, 4);
		// m3 = (1.953125 + 0.015625 + 0.015625 − 5.359375)/4 = −0.84375; k3 = 16·m3/(3·2) = −2.25;
		// k2 = 4.75/3 = 19/12; skewness = −2.25 / (19/12)^1.5.
		expect(s.skewness).toBeCloseTo(-1.1293, 4);
		// Σ var(x_i) = (0.75 + 1 + 1)/3 = 2.75/3; var(X) = 4.75/3; α = 3/2 × (1 − 2.75/4.75) = 12/19.
		expect(s.alpha).toBeCloseTo(12 / 19, 10);
		// Error ratio = 100 √(7/19); standard error = √(4.75/3 × 7/19) = √(7/12).
		expect(s.errorRatio).toBeCloseTo(60.7, 2);
		expect(s.standardError).toBeCloseTo(0.7638, 4);
	});

	test('histogram by correct answers, 0 to 3', () => {
		expect(stats.histogram.map((b) => b.count)).toEqual([1, 0, 2, 1]);
	});

	test('participation per day in Vietnam time: 23:30 on the 2nd is the 2nd, 00:30 on the 3rd the 3rd', () => {
		expect(stats.participation.step).toBe('day');
		expect(stats.participation.buckets).toEqual([
			{ start: vn('2026-03-02 00:00'), count: 1 },
			{ start: vn('2026-03-03 00:00'), count: 2 },
			{ start: vn('2026-03-04 00:00'), count: 1 }
		]);
	});

	test('participation by unit, most first, then by Vietnamese name', () => {
		expect(stats.byUnit.map((u) => [u.name, u.count])).toEqual([
			['Xã Tân Thạch', 2],
			['Sở Tư pháp', 1],
			['Xã An Hóa', 1]
		]);
		expect(topUnits(stats.byUnit, 1)).toEqual({ top: [stats.byUnit[0]], others: { units: 2, count: 2 } });
	});

	test('weakest topics first, by the mean facility of their questions', () => {
		expect(stats.weakestTopics).toEqual([
			{ topic: 'Công vụ', questions: 2, facility: 50 },
			{ topic: 'Một cửa', questions: 1, facility: 75 }
		]);
	});

	test('none of these questions needs review', () => {
		expect(stats.questions.map((q) => q.needsReview)).toEqual([false, false, false]);
	});
});

describe('upper–lower 27 % index with ten participants', () => {
	// Q (one-answer, option B right) plus two more; X sorted: 3,3,2 | 1,1,1,1 | 0,0,0, so the groups of
	// round(0.27 × 10) = 3 are attempts 1–3 and 8–10 with no tie at either edge.
	const rows: [number, number, number, number[] | null][] = [
		[1, 1, 1, [1]],
		[1, 1, 1, [1]],
		[0, 1, 1, [0]],
		[1, 0, 0, [1]],
		[0, 1, 0, [2]],
		[1, 0, 0, [1]],
		[0, 0, 1, [0]],
		[0, 0, 0, [0]],
		[0, 0, 0, null],
		[0, 0, 0, [3]]
	];
	const stats = roundStatistics(
		input(
			rows.map(([q, f1, f2, chosen]) =>
				attempt(TAN_THACH, '2026-03-03 09:00', [
					[1, q, chosen],
					[2, f1],
					[3, f2]
				])
			),
			[question(1, null, { texts: ['A', 'B', 'C', 'D'], correct: [1] }), question(2, null), question(3, null)],
			3
		)
	);
	const q = stats.questions[0];

	test('D = 2/3 right at the top − 0/3 at the bottom', () => {
		expect(q.groupSize).toBe(3);
		expect(q.facility).toBe(40);
		expect(q.upperLower).toBeCloseTo(2 / 3, 10);
	});

	test('a distractor that draws a strong participant shows in the top column', () => {
		expect(q.choices!.options.map((o) => [o.text, o.all, o.top, o.bottom])).toEqual([
			['A', 3, 1, 1],
			['B', 4, 2, 0],
			['C', 1, 0, 0],
			['D', 1, 0, 1]
		]);
		expect(q.choices!.blank).toEqual({ all: 1, top: 0, bottom: 1 });
	});
});

describe('random draws: each question over the attempts that drew it', () => {
	// Attempt 1 drew Q1, Q2; attempt 2 Q1, Q2; attempt 3 Q1, Q3. Q4 was drawn by nobody.
	const stats = roundStatistics(
		input(
			[
				attempt(TAN_THACH, '2026-03-03 09:00', [
					[1, 1],
					[2, 1]
				]),
				attempt(TAN_THACH, '2026-03-03 09:00', [
					[1, 0],
					[2, 0]
				]),
				attempt(TU_PHAP, '2026-03-03 09:00', [
					[1, 1],
					[3, 1]
				])
			],
			[question(1, 'Một cửa'), question(2, 'Một cửa'), question(3, null), question(4, 'Công vụ')],
			2
		)
	);
	const [q1, q2, q3] = stats.questions;

	test('n is the number of attempts that drew the question; an undrawn question is left out', () => {
		expect(stats.questions.map((q) => [q.id, q.n])).toEqual([
			[1, 3],
			[2, 2],
			[3, 1]
		]);
		expect(q1.facility).toBeCloseTo(200 / 3, 10);
		// Q2 over its two attempts only: x = 1,0 (SD √0.5), rest = 1,0, a perfect correlation.
		expect(q2).toMatchObject({ facility: 50, discrimination: 100, upperLower: 1, groupSize: 1 });
		expect(q2.sd).toBeCloseTo(70.71, 2);
	});

	test('a question one attempt drew has a facility and nothing else, and is flagged', () => {
		expect(q3).toMatchObject({
			n: 1,
			facility: 100,
			sd: null,
			discrimination: null,
			efficiency: null,
			upperLower: null,
			groupSize: 0,
			needsReview: true
		});
	});

	test('alpha takes each position as one item, whichever question filled it', () => {
		// Both positions score 1,0,1 (variance 1/3 each), X = 2,0,2 (variance 4/3): α = 2 × (1 − (2/3)/(4/3)) = 1.
		expect(stats.summary.alpha).toBeCloseTo(1, 10);
		expect(stats.summary.errorRatio).toBeCloseTo(0, 6);
		expect(stats.summary.standardError).toBeCloseTo(0, 6);
	});

	test('questions without a topic are one group among the topics', () => {
		expect(stats.weakestTopics.map((t) => [t.topic, t.questions])).toEqual([
			['Một cửa', 2],
			[null, 1]
		]);
	});
});

describe('degenerate rounds give null, never NaN', () => {
	test('no attempt at all', () => {
		const stats = roundStatistics(input([], [question(1, null)], 2));
		expect(stats.summary).toEqual({
			n: 0,
			questionCount: 2,
			mean: null,
			median: null,
			sd: null,
			skewness: null,
			alpha: null,
			errorRatio: null,
			standardError: null
		});
		expect(stats.questions).toEqual([]);
		expect(stats.histogram).toEqual([
			{ correct: 0, count: 0 },
			{ correct: 1, count: 0 },
			{ correct: 2, count: 0 }
		]);
		expect(stats.byUnit).toEqual([]);
		expect(stats.weakestTopics).toEqual([]);
		expect(containsNaN(stats)).toBe(false);
	});

	test('one attempt: mean and median, but no spread', () => {
		const stats = roundStatistics(
			input(
				[
					attempt(TAN_THACH, '2026-03-03 09:00', [
						[1, 1],
						[2, 0]
					])
				],
				[question(1, null), question(2, null)],
				2
			)
		);
		expect(stats.summary).toMatchObject({ n: 1, mean: 1, median: 1, sd: null, skewness: null, alpha: null, errorRatio: null });
		expect(stats.questions.map((q) => q.facility)).toEqual([100, 0]);
		expect(containsNaN(stats)).toBe(false);
	});

	test('two attempts: an SD, but no skewness (it needs three)', () => {
		const stats = roundStatistics(
			input(
				[
					attempt(TAN_THACH, '2026-03-03 09:00', [
						[1, 1],
						[2, 1]
					]),
					attempt(TAN_THACH, '2026-03-03 09:00', [
						[1, 0],
						[2, 1]
					])
				],
				[question(1, null), question(2, null)],
				2
			)
		);
		expect(stats.summary.median).toBe(1.5);
		expect(stats.summary.sd).toBeCloseTo(Math.SQRT1_2, 10);
		expect(stats.summary.skewness).toBeNull();
	});

	test('everyone right on everything: facility 100 and SD 0, but no discrimination and no alpha', () => {
		const all = [1, 2, 3].map(() =>
			attempt(TAN_THACH, '2026-03-03 09:00', [
				[1, 1],
				[2, 1]
			])
		);
		const stats = roundStatistics(input(all, [question(1, null), question(2, null)], 2));
		expect(stats.questions[0]).toMatchObject({
			facility: 100,
			sd: 0,
			discrimination: null,
			efficiency: null,
			upperLower: 0,
			needsReview: true
		});
		expect(stats.summary).toMatchObject({ n: 3, mean: 2, sd: 0, skewness: null, alpha: null, errorRatio: null, standardError: null });
		expect(containsNaN(stats)).toBe(false);
	});
});

describe('participation over time', () => {
	test('a round shorter than two days counts per hour, and a submission at the very close is kept', () => {
		const stats = roundStatistics({
			...input([attempt(TAN_THACH, '2026-03-02 08:20', [[1, 1]]), attempt(TU_PHAP, '2026-03-02 11:00', [[1, 0]])], [question(1, null)], 1),
			closesAt: vn('2026-03-02 11:00'),
			now: vn('2026-03-05 12:00')
		});
		expect(stats.participation.step).toBe('hour');
		expect(stats.participation.buckets.map((b) => [b.start, b.count])).toEqual([
			[vn('2026-03-02 08:00'), 1],
			[vn('2026-03-02 09:00'), 0],
			[vn('2026-03-02 10:00'), 0],
			[vn('2026-03-02 11:00'), 1]
		]);
	});

	test('a round not yet open has no buckets', () => {
		const stats = roundStatistics({ ...input([], [], 1), now: vn('2026-03-01 12:00') });
		expect(stats.participation.buckets).toEqual([]);
	});
});

describe('needsReview', () => {
	test('flags weak discrimination, low efficiency, and questions almost everyone gets right or wrong', () => {
		const fine = { facility: 60, discrimination: 35, efficiency: 40 };
		expect(needsReview(fine)).toBe(false);
		expect(needsReview({ ...fine, discrimination: 19.9 })).toBe(true);
		expect(needsReview({ ...fine, discrimination: -10 })).toBe(true);
		expect(needsReview({ ...fine, efficiency: 14 })).toBe(true);
		expect(needsReview({ ...fine, facility: 96 })).toBe(true);
		expect(needsReview({ ...fine, facility: 4 })).toBe(true);
		expect(needsReview({ facility: 50, discrimination: null, efficiency: null })).toBe(false);
	});
});

describe('too few papers', () => {
	const summary = { n: 2, questionCount: 5, mean: 3, median: 3, sd: 1, skewness: 0, alpha: 0, errorRatio: 100, standardError: 1 };

	test('leave the reliability figures out instead of printing alpha 0 and 100 %', () => {
		expect(printableSummary(summary)).toEqual({ ...summary, skewness: null, alpha: null, errorRatio: null, standardError: null });
	});

	test('from the minimum on, every figure is printed', () => {
		const enough = { ...summary, n: MIN_PAPERS_FOR_RELIABILITY };
		expect(printableSummary(enough)).toBe(enough);
	});
});
