import type { GameState, Player, Tally } from './state';
import { answerOf, findPlayer, mayAnswer, playerList } from './state';

/**
 * The answered counter and the auto-lock need to know how many players may answer, how many of them are
 * connected and how many are still to answer without having departed (./presence). Counted once when a
 * question opens, then moved by each player's change: what the player counted for before the event is
 * taken off, what they count for after it is added. So joining, leaving, reconnecting, departing,
 * answering and removal all cost O(1).
 */

const NONE: Tally = { expected: 0, present: 0, waiting: 0 };

function contribution(state: GameState, player: Player | undefined): Tally {
	const current = state.current;
	if (!current || !player || !mayAnswer(state, player)) return NONE;
	const waiting = !player.away?.departed && !answerOf(current, player.id);
	return { expected: 1, present: player.away === null ? 1 : 0, waiting: waiting ? 1 : 0 };
}

/** O(N): when a question opens, and in the specs as the reference. */
export function countTally(state: GameState): Tally {
	const tally = { ...NONE };
	for (const player of playerList(state)) {
		const c = contribution(state, player);
		tally.expected += c.expected;
		tally.present += c.present;
		tally.waiting += c.waiting;
	}
	return tally;
}

/** `after` with its tally moved by what changed for one player between `before` and `after`. */
export function retally<S extends GameState>(before: GameState, after: S, playerId: string): S {
	const current = after.current;
	if (!current || current.outcome) return after;
	const was = contribution(before, findPlayer(before, playerId));
	const now = contribution(after, findPlayer(after, playerId));
	const { expected, present, waiting } = current.tally;
	const tally = {
		expected: expected - was.expected + now.expected,
		present: present - was.present + now.present,
		waiting: waiting - was.waiting + now.waiting
	};
	return { ...after, current: { ...current, tally } };
}
