import type { Player } from './state';

export interface RankedPlayer {
	rank: number;
	playerId: string;
	name: string;
	unit: string | null;
	team: string | null;
	score: number;
	correctCount: number;
	eliminated: boolean;
}

/**
 * Players best first. The rank follows the score alone: equal scores share a rank and the next rank
 * skips (1, 1, 3), because on stage a tie is settled by a tie-break question the host runs, not by a
 * stopwatch. Within a tie the list shows the faster player first (less total answer time), then the one
 * who joined first, so the order is stable and never depends on how the players were stored.
 */
export function rankPlayers(players: readonly Player[]): RankedPlayer[] {
	const sorted = [...players].sort((a, b) => b.score - a.score || a.answerMs - b.answerMs || a.joinSeq - b.joinSeq);
	const ranked: RankedPlayer[] = [];
	sorted.forEach((p, i) => {
		const rank = i > 0 && sorted[i - 1].score === p.score ? ranked[i - 1].rank : i + 1;
		ranked.push({
			rank,
			playerId: p.id,
			name: p.name,
			unit: p.unit,
			team: p.team,
			score: p.score,
			correctCount: p.correctCount,
			eliminated: p.eliminated
		});
	});
	return ranked;
}

/** One player's rank without sorting everyone: 1 + how many scored more. O(N), for a single view. */
export const rankOf = (players: readonly Player[], score: number): number => 1 + players.filter((p) => p.score > score).length;

/** Ranks 1 to 3; a tie may put more than three players on the podium. */
export const podium = (ranked: readonly RankedPlayer[]): RankedPlayer[] => ranked.filter((r) => r.rank <= 3);

export function rankById(ranked: readonly RankedPlayer[]): Record<string, number> {
	const ranks: Record<string, number> = {};
	for (const r of ranked) ranks[r.playerId] = r.rank;
	return ranks;
}
