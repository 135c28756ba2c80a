import type { Effect, Refusal, Transition } from './events';
import { shelfSet } from './shelf';
import { isDeviceSegment } from './config';
import type { CurrentQuestion, GameState, Player, WithCurrent } from './state';
import { currentSegment } from './state';

export const done = <S extends GameState>(state: S, effects: Effect[] = []): Transition<S> => ({ state, effects, refusal: null });
export const refuse = <S extends GameState>(state: S, refusal: Refusal): Transition<S> => ({ state, effects: [], refusal });

/** Runs `step` on what `first` left and keeps the effects of both; a refusal in `first` stops there. */
export function andThen<S extends GameState>(first: Transition<S>, step: (state: S) => Transition): Transition {
	if (first.refusal) return first;
	const second = step(first.state);
	return { state: second.state, effects: [...first.effects, ...second.effects], refusal: second.refusal };
}

/** Why a player id finds nobody: taken out by the host, or never joined. */
export const whyMissing = (state: GameState, id: string): Refusal => (state.removed.some((r) => r.id === id) ? 'removed' : 'unknownPlayer');

export const withCurrent = <S extends WithCurrent>(state: S, patch: Partial<CurrentQuestion>): S => ({
	...state,
	current: { ...state.current, ...patch }
});

export const withPlayer = <S extends GameState>(state: S, player: Player): S => ({
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
