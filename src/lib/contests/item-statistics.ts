import { compareVi } from '$lib/i18n/text';

/**
 * Item statistics of one online round, by classical test theory as Moodle's quiz statistics report
 * computes them (sample variances, n − 1). x is one question's score, X the attempt's total; every
 * question is worth one point, so x runs from 0 to 1. Only the attempts that count (one per person)
 * come in, and each question's figures use only the attempts that drew it.
 * Wherever a figure is undefined (too few attempts, no spread) it is null, never NaN.
 */

/** One drawn question of a counting attempt, as graded at submit. */
export interface DrawnAnswer {
	questionId: number;
	/** Where the question stood in the attempt: the "slot" that Cronbach's alpha treats as one item. */
	position: number;
	score: number;
	correct: boolean;
	/** Choice questions: the options picked, in stored order; null when left unanswered. */
	chosen: number[] | null;
}

export interface CountingAttempt {
	unit: { id: number; name: string };
	submittedAt: Date;
	answers: DrawnAnswer[];
}

export interface QuestionInfo {
	id: number;
	stem: string;
	topic: string | null;
	/** Choice questions only: option texts in stored order and the indices of the right ones. */
	options: { texts: string[]; correct: number[] } | null;
}

export interface StatisticsInput {
	attempts: CountingAttempt[];
	questions: QuestionInfo[];
	/** Questions per attempt: the histogram runs from 0 to this many correct answers. */
	questionCount: number;
	opensAt: Date;
	closesAt: Date;
	now: Date;
}

export interface GroupCounts {
	all: number;
	top: number;
	bottom: number;
}

export interface OptionStatistics extends GroupCounts {
	text: string;
	correct: boolean;
}

export interface QuestionStatistics {
	id: number;
	stem: string;
	topic: string | null;
	/** How many counting attempts drew this question. */
	n: number;
	/** Mean score as a percentage of the point. */
	facility: number;
	/** Standard deviation of the score, as a percentage of the point. */
	sd: number | null;
	/** 100 × correlation of x with X − x. */
	discrimination: number | null;
	/** Discrimination as a percentage of the largest the spreads allow. */
	efficiency: number | null;
	/** D = p(correct | top 27 %) − p(correct | bottom 27 %), from −1 to 1. */
	upperLower: number | null;
	/** Size of each of the top and bottom groups (27 % of n, rounded). */
	groupSize: number;
	/** Choice questions: who picked each option, and who left the question blank. */
	choices: { options: OptionStatistics[]; blank: GroupCounts } | null;
	needsReview: boolean;
}

export interface RoundSummary {
	n: number;
	questionCount: number;
	mean: number | null;
	median: number | null;
	sd: number | null;
	skewness: number | null;
	/** Cronbach's alpha (KR-20 for right/wrong questions), from the attempts' positions. */
	alpha: number | null;
	/** 100 × √(1 − α). */
	errorRatio: number | null;
	/** SD × √(1 − α), in points. */
	standardError: number | null;
}

export interface TimeBucket {
	start: Date;
	count: number;
}

export interface UnitParticipation {
	unitId: number;
	name: string;
	count: number;
}

export interface TopicFacility {
	topic: string | null;
	questions: number;
	/** Mean of its questions' facility indices. */
	facility: number;
}

export interface RoundStatistics {
	summary: RoundSummary;
	questions: QuestionStatistics[];
	/** Attempts per number of correct answers, 0 to questionCount. */
	histogram: { correct: number; count: number }[];
	participation: { step: 'day' | 'hour'; buckets: TimeBucket[] };
	byUnit: UnitParticipation[];
	weakestTopics: TopicFacility[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset finds its midnights. */
const VIETNAM_OFFSET = 7 * HOUR;
/** Kelley's 27 %: the share of top and bottom scorers the upper–lower index compares. */
const GROUP_SHARE = 0.27;
/**
 * Papers below which the reliability figures (alpha, its error ratio and standard error, skewness) are
 * not estimates worth printing: shown as "—", with how many are needed.
 */
export const MIN_PAPERS_FOR_RELIABILITY = 10;
/** Sums of squared deviations below this are rounding noise, not spread. */
const NO_SPREAD = 1e-9;

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const mean = (values: readonly number[]) => sum(values) / values.length;

/** Σ (x − x̄)(y − ȳ): n − 1 times the sample covariance. */
function coDeviation(xs: readonly number[], ys: readonly number[]): number {
	const mx = mean(xs);
	const my = mean(ys);
	return sum(xs.map((x, i) => (x - mx) * (ys[i] - my)));
}

const spread = (values: readonly number[]) => coDeviation(values, values);
const sampleVariance = (values: readonly number[]) => spread(values) / (values.length - 1);
const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = ascending(values);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The bias-corrected sample skewness k3 / k2^(3/2) (Moodle's, and Excel's SKEW). */
function skewness(values: readonly number[]): number | null {
	const n = values.length;
	if (n < 3 || spread(values) < NO_SPREAD) return null;
	const m = mean(values);
	const m2 = sum(values.map((v) => (v - m) ** 2)) / n;
	const m3 = sum(values.map((v) => (v - m) ** 3)) / n;
	const k2 = (n * m2) / (n - 1);
	const k3 = (n * n * m3) / ((n - 1) * (n - 2));
	return k3 / k2 ** 1.5;
}

/** Whether a question tells organizers little or may be wrong: Moodle's and the usual guides' limits. */
export function needsReview(q: Pick<QuestionStatistics, 'facility' | 'discrimination' | 'efficiency'>): boolean {
	return (
		(q.discrimination !== null && q.discrimination < 20) ||
		(q.efficiency !== null && q.efficiency < 15) ||
		q.facility < 5 ||
		q.facility > 95
	);
}

interface Draw {
	answer: DrawnAnswer;
	total: number;
}

function countGroups(draws: readonly Draw[], top: ReadonlySet<Draw>, bottom: ReadonlySet<Draw>, picked: (d: Draw) => boolean): GroupCounts {
	const chosen = draws.filter(picked);
	return { all: chosen.length, top: chosen.filter((d) => top.has(d)).length, bottom: chosen.filter((d) => bottom.has(d)).length };
}

function questionStatistics(info: QuestionInfo, draws: readonly Draw[]): QuestionStatistics {
	const n = draws.length;
	const x = draws.map((d) => d.answer.score);
	const rest = draws.map((d) => d.total - d.answer.score);
	const sxx = n >= 2 ? spread(x) : 0;
	const srr = n >= 2 ? spread(rest) : 0;
	const sxr = n >= 2 ? coDeviation(x, rest) : 0;
	// The largest covariance these two spreads allow: both sorted the same way.
	const sMax = n >= 2 ? coDeviation(ascending(x), ascending(rest)) : 0;

	// Top and bottom 27 % by total score; equal totals keep the attempts' given order.
	const groupSize = n >= 2 ? Math.round(n * GROUP_SHARE) : 0;
	const ranked = [...draws].sort((a, b) => b.total - a.total);
	const top = new Set(ranked.slice(0, groupSize));
	const bottom = new Set(ranked.slice(n - groupSize));
	const shareCorrect = (group: ReadonlySet<Draw>) => [...group].filter((d) => d.answer.correct).length / groupSize;

	const facility = mean(x) * 100;
	const discrimination = sxx >= NO_SPREAD && srr >= NO_SPREAD ? (100 * sxr) / Math.sqrt(sxx * srr) : null;
	const efficiency = sMax >= NO_SPREAD ? (100 * sxr) / sMax : null;
	return {
		id: info.id,
		stem: info.stem,
		topic: info.topic,
		n,
		facility,
		sd: n >= 2 ? Math.sqrt(sxx / (n - 1)) * 100 : null,
		discrimination,
		efficiency,
		upperLower: groupSize > 0 ? shareCorrect(top) - shareCorrect(bottom) : null,
		groupSize,
		choices: info.options && {
			options: info.options.texts.map((text, index) => ({
				text,
				correct: info.options!.correct.includes(index),
				...countGroups(draws, top, bottom, (d) => d.answer.chosen?.includes(index) ?? false)
			})),
			blank: countGroups(draws, top, bottom, (d) => d.answer.chosen === null)
		},
		needsReview: needsReview({ facility, discrimination, efficiency })
	};
}

function roundSummary(attempts: readonly CountingAttempt[], totals: readonly number[], questionCount: number): RoundSummary {
	const n = totals.length;
	const sd = n >= 2 ? Math.sqrt(sampleVariance(totals)) : null;
	// Alpha treats each position as one item, as Moodle treats a random-question slot: every attempt
	// fills every position, whichever question it drew there.
	const slots = new Map<number, number[]>();
	attempts.forEach((a, i) => {
		for (const { position, score } of a.answers) {
			if (!slots.has(position)) slots.set(position, Array<number>(n).fill(0));
			slots.get(position)![i] = score;
		}
	});
	const k = slots.size;
	const alpha =
		n >= 2 && k >= 2 && spread(totals) >= NO_SPREAD
			? (k / (k - 1)) * (1 - sum([...slots.values()].map(sampleVariance)) / sampleVariance(totals))
			: null;
	const unreliability = alpha === null ? null : Math.sqrt(Math.max(0, 1 - alpha));
	return {
		n,
		questionCount,
		mean: n > 0 ? mean(totals) : null,
		median: median(totals),
		sd,
		skewness: skewness(totals),
		alpha,
		errorRatio: unreliability === null ? null : 100 * unreliability,
		standardError: unreliability === null || sd === null ? null : sd * unreliability
	};
}

/**
 * The summary as printed: below `MIN_PAPERS_FOR_RELIABILITY` papers the reliability figures are left
 * out ("—"): two papers give an alpha of 0 and an error ratio of 100 %, which read as findings.
 */
export function printableSummary(summary: RoundSummary): RoundSummary {
	if (summary.n >= MIN_PAPERS_FOR_RELIABILITY) return summary;
	return { ...summary, skewness: null, alpha: null, errorRatio: null, standardError: null };
}

/** Counting attempts per day in Vietnam time, or per hour for a round shorter than two days. */
function participationOverTime(submitted: readonly Date[], opensAt: Date, closesAt: Date, now: Date) {
	const step = closesAt.getTime() - opensAt.getTime() < 2 * DAY ? 'hour' : 'day';
	const size = step === 'day' ? DAY : HOUR;
	const bucketOf = (time: number) => Math.floor((time + VIETNAM_OFFSET) / size) * size - VIETNAM_OFFSET;
	// From the opening to now (or the close), stretched to cover any submission at the very deadline.
	let last = Math.min(closesAt.getTime() - 1, now.getTime());
	const counts = new Map<number, number>();
	for (const d of submitted) {
		const start = bucketOf(d.getTime());
		counts.set(start, (counts.get(start) ?? 0) + 1);
		last = Math.max(last, d.getTime());
	}
	const buckets: TimeBucket[] = [];
	for (let start = bucketOf(opensAt.getTime()); start <= last; start += size) {
		buckets.push({ start: new Date(start), count: counts.get(start) ?? 0 });
	}
	return { step, buckets } as const;
}

/** Counting attempts per unit, most first, then by name. */
function participationByUnit(attempts: readonly CountingAttempt[]): UnitParticipation[] {
	const byId = new Map<number, UnitParticipation>();
	for (const { unit } of attempts) {
		const row = byId.get(unit.id) ?? { unitId: unit.id, name: unit.name, count: 0 };
		row.count++;
		byId.set(unit.id, row);
	}
	return [...byId.values()].sort((a, b) => b.count - a.count || compareVi(a.name, b.name));
}

/** The first `limit` units and the rest folded into one figure, for a chart that must stay readable. */
export function topUnits(
	rows: readonly UnitParticipation[],
	limit: number
): { top: UnitParticipation[]; others: { units: number; count: number } } {
	const rest = rows.slice(limit);
	return { top: rows.slice(0, limit), others: { units: rest.length, count: sum(rest.map((r) => r.count)) } };
}

/**
 * Topics by the mean facility of their questions, hardest first; questions without a topic as one.
 * Plan reports use it too, over the questions of several rounds.
 */
export function weakestTopics(questions: readonly Pick<QuestionStatistics, 'topic' | 'facility'>[]): TopicFacility[] {
	const byTopic = new Map<string | null, number[]>();
	for (const q of questions) {
		if (!byTopic.has(q.topic)) byTopic.set(q.topic, []);
		byTopic.get(q.topic)!.push(q.facility);
	}
	return [...byTopic.entries()]
		.map(([topic, facilities]) => ({ topic, questions: facilities.length, facility: mean(facilities) }))
		.sort((a, b) => a.facility - b.facility || compareVi(a.topic ?? '', b.topic ?? ''));
}

export function roundStatistics(input: StatisticsInput): RoundStatistics {
	const totals = input.attempts.map((a) => sum(a.answers.map((x) => x.score)));
	const drawsOf = new Map<number, Draw[]>();
	input.attempts.forEach((a, i) => {
		for (const answer of a.answers) {
			if (!drawsOf.has(answer.questionId)) drawsOf.set(answer.questionId, []);
			drawsOf.get(answer.questionId)!.push({ answer, total: totals[i] });
		}
	});
	const questions = input.questions.filter((q) => drawsOf.has(q.id)).map((q) => questionStatistics(q, drawsOf.get(q.id)!));

	const histogram = Array.from({ length: input.questionCount + 1 }, (_, correct) => ({ correct, count: 0 }));
	for (const a of input.attempts) {
		const correct = a.answers.filter((x) => x.correct).length;
		histogram[Math.min(correct, input.questionCount)].count++;
	}
	return {
		summary: roundSummary(input.attempts, totals, input.questionCount),
		questions,
		histogram,
		participation: participationOverTime(
			input.attempts.map((a) => a.submittedAt),
			input.opensAt,
			input.closesAt,
			input.now
		),
		byUnit: participationByUnit(input.attempts),
		weakestTopics: weakestTopics(questions)
	};
}
