// Players of `npm run bench:live -- --drop-rate R` who lose the network during a question (./players.js),
// and the one thing that must never follow: the question locking on them before its time is up.

/** How long a dropped player is away, and how long they take to answer once back. */
export const OUTAGE_MS = /** @type {const} */ ([2000, 8000]);
export const BACK_THINK_MS = /** @type {const} */ ([200, 1000]);

/**
 * Questions that locked before their closesAt while a player who had dropped during it had no answer
 * acknowledged yet: the auto-lock went on without someone still inside their grace period (every
 * outage is shorter than the game's 10 s). A question locked with everyone's answer, or by the MC, is
 * not one.
 * @param {import('./host.js').QuestionTiming[]} timings
 * @param {import('./report.js').ClientResult[]} results
 */
export function closedEarlyByDeparture(timings, results) {
	const drops = results.flatMap((r) => r.drops);
	const ackedAt = new Map(results.flatMap((r) => r.acks.map((a) => [`${a.playerId}:${a.question}`, a.sentAt + a.ms])));
	return timings.filter((t) => {
		if (t.lockedBy !== 'clock') return false;
		// When the lock first reached a phone; the MC's console when no phone noted it.
		const lockAt = Math.min(t.lockedAt, ...results.flatMap((r) => r.arrivals[t.question]?.locked ?? []));
		if (lockAt >= t.closesAt) return false;
		return drops.some(
			(d) => d.question === t.question && d.droppedAt <= lockAt && !((ackedAt.get(`${d.playerId}:${t.question}`) ?? Infinity) <= lockAt)
		);
	}).length;
}
