import type { Effect, Refusal, Transition } from './events';
import { shelfSet } from './shelf';
import { isDeviceSegment } from './config';
import type { CurrentQuestion, GameState, Player } from './state';
import { currentSegment } from './state';

export const done = (state: GameState, effects: Effect[] = []): Transition => ({ state, effects, refusal: null });
export const refuse = (state: GameState, refusal: Refusal): Transition => ({ state, effects: [], refusal });

/** Runs `step` on what `first` left and keeps the effects of both; a refusal in `first` stops there. */
export function andThen(first: Transition, step: (state: GameState) => Transition): Transition {
	if (first.refusal) return first;
	const second = step(first.state);
	return { state: second.state, effects: [...first.effects, ...second.effects], refusal: second.refusal };
}

/** Why a player id finds nobody: taken out by the host, or never joined. */
export const whyMissing = (state: GameState, id: string): Refusal => (state.removed.some((r) => r.id === id) ? 'removed' : 'unknownPlayer');

export const withCurrent = (state: GameState, patch: Partial<CurrentQuestion>): GameState => ({
	...state,
	current: { ...(state.current as CurrentQuestion), ...patch }
});

export const withPlayer = (state: GameState, player: Player): GameState => ({
	...state,
	players: shelfSet(state.players, player.id, player)
});

/**
 * Answered against expected (everyone who may answer, connected or not), for the host and the big screen,
 * while a question answered on the devices is open; nothing otherwise.
 */
export function counters(state: GameState): Effect[] {
	const current = state.current;
	const segment = currentSegment(state);
	if (state.phase !== 'open' || !current || !segment || !isDeviceSegment(segment)) return [];
	return [{ type: 'counters', to: 'staff', answered: current.answeredCount, expected: current.tally.expected }];
}
