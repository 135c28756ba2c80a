/**
 * Ranking of an online contest round, as Vietnamese CCHC contests announce it: most correct answers;
 * then the prediction closest to the real number of participants who answered every question right;
 * then the shortest time; then the earliest submission. One entry per participant (the caller picks
 * which attempt counts). `score` is carried for display; the rules rank by correct answers only.
 */
export interface Entry {
	participantId: string;
	correctCount: number;
	score: number;
	/** "Dự đoán số người trả lời đúng tất cả các câu hỏi"; null when not answered. */
	prediction: number | null;
	durationMs: number;
	submittedAt: Date;
}

export type RankedEntry<E extends Entry = Entry> = E & { rank: number; predictionError: number | null };

/** Participants who answered every one of the round's questions right: the prediction's answer. */
export function countAllCorrect(entries: readonly Entry[], questionCount: number): number {
	return entries.filter((e) => e.correctCount >= questionCount).length;
}

/**
 * Sorted best first. Entries equal on all four criteria share a rank and the next rank skips
 * (competition ranking: 1, 1, 3); within a shared rank they are listed by participantId, so the output
 * never depends on the input order.
 */
export function rankEntries<E extends Entry>(entries: readonly E[], { actualAllCorrect }: { actualAllCorrect: number }): RankedEntry<E>[] {
	const withError = entries.map((e) => ({
		...e,
		predictionError: e.prediction === null ? null : Math.abs(e.prediction - actualAllCorrect)
	}));
	const compare = (a: (typeof withError)[number], b: (typeof withError)[number]): number =>
		b.correctCount - a.correctCount ||
		compareError(a.predictionError, b.predictionError) ||
		a.durationMs - b.durationMs ||
		a.submittedAt.getTime() - b.submittedAt.getTime();
	const sorted = withError.sort((a, b) => compare(a, b) || compareIds(a.participantId, b.participantId));
	return withRanks(sorted, compare);
}

/** No prediction ranks after any prediction, however far off. */
function compareError(a: number | null, b: number | null): number {
	if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
	return a - b;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Competition ranks over a sorted list: equal to the previous row, same rank; else its position. */
function withRanks<T>(sorted: T[], compare: (a: T, b: T) => number): (T & { rank: number })[] {
	const ranked: (T & { rank: number })[] = [];
	sorted.forEach((row, i) => {
		const rank = i > 0 && compare(sorted[i - 1], row) === 0 ? ranked[i - 1].rank : i + 1;
		ranked.push({ ...row, rank });
	});
	return ranked;
}

export type Prize = 'first' | 'second' | 'third' | 'consolation';
export type PrizeCounts = Record<Prize, number>;
const PRIZES: Prize[] = ['first', 'second', 'third', 'consolation'];

/**
 * Prizes by rank. The counts lay out bands of positions (first: 1..first, second: the next `second`
 * positions, and so on); an entry gets the prize of the band its rank falls in. Tied entries share a rank,
 * so a tie that starts within a band all get that band's prize even when it runs past the band's end,
 * and the positions it overflows are taken from the following bands (two tied for first with one first
 * prize: both first, and the next entry, rank 3, starts the third band if there is one second prize).
 * Entries ranked past the last band get nothing. Returned in rank order.
 */
export function awardPrizes(ranked: readonly { participantId: string; rank: number }[], counts: PrizeCounts): Map<string, Prize> {
	let end = 0;
	const bandEnds = PRIZES.map((prize) => (end += Math.max(0, counts[prize])));
	const prizes = new Map<string, Prize>();
	for (const entry of [...ranked].sort((a, b) => a.rank - b.rank)) {
		const band = bandEnds.findIndex((end) => entry.rank <= end);
		if (band >= 0) prizes.set(entry.participantId, PRIZES[band]);
	}
	return prizes;
}

export interface UnitRow {
	unitId: number;
	participants: number;
	headcount: number;
}

type RatedUnit = UnitRow & { rate: number };
export type RankedUnit = RatedUnit & { rank: number };

/**
 * The two collective rankings: most participants, and highest participation rate (participants over
 * headcount; a unit without a headcount has rate 0). Rates are not capped at 1, so a stale headcount shows
 * up instead of hiding. Ties share a rank (1, 1, 3); tied units are listed by unitId.
 */
export function rankUnits(rows: readonly UnitRow[]): { byParticipants: RankedUnit[]; byRate: RankedUnit[] } {
	const withRate: RatedUnit[] = rows.map((r) => ({ ...r, rate: r.headcount > 0 ? r.participants / r.headcount : 0 }));
	const byParticipants = (a: RatedUnit, b: RatedUnit) => b.participants - a.participants;
	// Equal fractions divide to the same double (division is correctly rounded), so 1/3 ties with 2/6.
	const byRate = (a: RatedUnit, b: RatedUnit) => b.rate - a.rate;
	const ranking = (compare: (a: RatedUnit, b: RatedUnit) => number): RankedUnit[] =>
		withRanks(
			[...withRate].sort((a, b) => compare(a, b) || a.unitId - b.unitId),
			compare
		);
	return { byParticipants: ranking(byParticipants), byRate: ranking(byRate) };
}

/** Where one row stands in a ranking: its competition rank out of everyone ranked ("2/37"). */
export interface Place<T> {
	entry: T;
	rank: number;
	of: number;
}

export function placeOf<T extends { rank: number }>(ranked: readonly T[], isMine: (row: T) => boolean): Place<T> | null {
	const entry = ranked.find(isMine);
	return entry ? { entry, rank: entry.rank, of: ranked.length } : null;
}

/** A round's ranking is provisional while anyone may still submit, final from its closing instant on. */
export function rankingIsFinal(roundClosesAt: Date, now: Date): boolean {
	return now.getTime() >= roundClosesAt.getTime();
}
