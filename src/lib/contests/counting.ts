export type CountingMode = 'best' | 'first' | 'last';

export interface AttemptSummary {
	participantId: string;
	attemptNo: number;
	correctCount: number;
	durationMs: number;
}

/** Whether `a` is the better of two attempts by one person: more correct answers, then faster. */
const better = (a: AttemptSummary, b: AttemptSummary) =>
	a.correctCount > b.correctCount || (a.correctCount === b.correctCount && a.durationMs < b.durationMs);

/** The one submitted attempt per participant that counts, as the round says: best, first or last. */
export function countingAttempts<A extends AttemptSummary>(attempts: readonly A[], mode: CountingMode): A[] {
	const kept = new Map<string, A>();
	for (const attempt of [...attempts].sort((x, y) => x.attemptNo - y.attemptNo)) {
		const current = kept.get(attempt.participantId);
		if (!current || mode === 'last' || (mode === 'best' && better(attempt, current))) kept.set(attempt.participantId, attempt);
	}
	return [...kept.values()];
}
