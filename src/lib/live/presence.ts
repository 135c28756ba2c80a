import type { Transition } from './events';
import { clockStopped } from './floor';
import type { GameState, Player } from './state';
import { answerOf, findPlayer, mayAnswer, playerCount } from './state';
import { retally } from './tally';
import { done, refuse, whyMissing, withPlayer } from './transition';

/**
 * Who is here. A player whose last socket left is away from that instant; for the game's grace period
 * they still count as waiting to answer, so a reload or a Wi-Fi blip never locks a question on them.
 * Past it they have departed: the auto-lock stops waiting for them, though they may still answer if
 * they come back while the question is open. No event marks the end of a grace period, so the clock
 * does (`departExpired` before every event, and a tick the host schedules at `clockDueAt`).
 */

const graceMs = (state: GameState): number => state.config.graceSec * 1000;

export function setConnected(state: GameState, id: string, connected: boolean, at: number): Transition {
	const player = findPlayer(state, id);
	if (!player) return refuse(state, whyMissing(state, id));
	if ((player.away === null) === connected) return done(state);
	const others = state.graceEnds.filter((g) => g.playerId !== id);
	const graceEnds = connected ? others : [...others, { playerId: id, until: at + graceMs(state) }];
	const moved: Player = { ...player, away: connected ? null : { since: at, departed: false } };
	const next = retally(state, { ...withPlayer(state, moved), graceEnds }, id);
	return done(next, [{ type: 'presence', to: 'staff', playerId: id, connected, players: playerCount(next) }]);
}

/** Players whose grace period is over by `at` have departed; O(1) per departure, the short list aside. */
export function departExpired(state: GameState, at: number): GameState {
	if (!state.graceEnds.some((g) => at > g.until)) return state;
	let next: GameState = { ...state, graceEnds: state.graceEnds.filter((g) => at <= g.until) };
	for (const { playerId, until } of state.graceEnds) {
		const player = findPlayer(next, playerId);
		if (at <= until || !player?.away) continue;
		next = retally(next, withPlayer(next, { ...player, away: { ...player.away, departed: true } }), playerId);
	}
	return next;
}

/**
 * When the host's clock must next tick: the open question's close (unless a buzz stopped it), the end of
 * a buzzer's answer window, or sooner the end of a grace period the auto-lock is waiting on (an away
 * player who may answer and has not). Null while no time runs.
 */
export function clockDueAt(state: GameState): number | null {
	if (state.phase !== 'open' && state.phase !== 'locked') return null;
	const current = state.current;
	const floorEnds = current.buzz.floor?.until ?? Infinity;
	if (state.phase === 'locked') return Number.isFinite(floorEnds) ? floorEnds : null;
	let due = Math.min(clockStopped(current.buzz) ? Infinity : current.closesAt, floorEnds);
	for (const { playerId, until } of state.graceEnds) {
		if (until >= due) continue;
		const player = findPlayer(state, playerId);
		if (player && mayAnswer(state, player) && !answerOf(current, playerId)) due = until;
	}
	return Number.isFinite(due) ? due : null;
}
