import type { Effect, Transition } from './events';
import type { BuzzState, CurrentQuestion, GameState, QuestionState, WithCurrent } from './state';
import { currentSegment } from './state';
import { done, withCurrent } from './transition';

/**
 * The buzzer's floor, as on television: a buzz stops the question's clock and gives the head of the queue
 * the segment's answer window; a wrong answer (or none within the window) passes the floor to the next in
 * the queue, and once the queue is spent the clock runs on with the time it had left. Only for segments
 * with an `answerWindowSec`; a game stored without one keeps the old rules (the clock never stops).
 */

/** The answer window of the current buzzer segment, in ms; null when it has none. */
export function floorWindowMs(state: GameState): number | null {
	const segment = currentSegment(state);
	return segment?.kind === 'buzzer' && segment.answerWindowSec ? segment.answerWindowSec * 1000 : null;
}

/** Whether a buzz has stopped the question's clock (it then has `stoppedMs` left). */
export const clockStopped = (buzz: BuzzState): buzz is BuzzState & { stoppedMs: number } =>
	buzz.stoppedMs !== undefined && buzz.stoppedMs !== null;

/** The question's time left at `at`, the clock stopped or not. */
export const questionLeftMs = (state: WithCurrent, at: number): number =>
	clockStopped(state.current.buzz) ? state.current.buzz.stoppedMs : Math.max(0, state.current.closesAt - at);

/**
 * Gives the floor to whoever heads the queue now, at `at`: a new head gets a fresh window (the clock
 * stopping if it ran); an empty queue lets the clock run again, for the time it had left, if the
 * question is still open. Unchanged when the head already has the floor, or without a window.
 */
export function handFloor<S extends QuestionState>(state: S, at: number): Transition<S> {
	const windowMs = floorWindowMs(state);
	const buzz = state.current.buzz;
	if (windowMs === null || buzz.winner !== null) return done(state);
	const head = buzz.queue[0]?.playerId ?? null;
	if (head !== null && buzz.floor?.playerId === head) return done(state);
	const effects: Effect[] = [];
	let next: S;
	if (head !== null) {
		const stoppedMs = clockStopped(buzz) || state.phase !== 'open' ? (buzz.stoppedMs ?? null) : Math.max(0, state.current.closesAt - at);
		next = withCurrent(state, { buzz: { ...buzz, floor: { playerId: head, until: at + windowMs }, stoppedMs } });
		if (state.phase === 'open' && !clockStopped(buzz))
			effects.push({ type: 'timer', to: 'all', phase: 'open', opensAt: null, closesAt: null, remainingMs: stoppedMs });
	} else if (state.phase === 'open' && clockStopped(buzz)) {
		const closesAt = at + buzz.stoppedMs;
		next = withCurrent(state, { closesAt, buzz: { ...buzz, floor: null, stoppedMs: null } });
		effects.push({ type: 'timer', to: 'all', phase: 'open', opensAt: state.current.opensAt, closesAt, remainingMs: null });
	} else {
		next = withCurrent(state, { buzz: { ...buzz, floor: null, stoppedMs: null } });
	}
	return done(next, effects);
}

/** The head's turn is over without a right answer: out of the queue, on the wrong list. */
export const passHead = (buzz: BuzzState): BuzzState => {
	const [head, ...rest] = buzz.queue;
	return head ? { ...buzz, queue: rest, wrong: [...buzz.wrong, head.playerId] } : buzz;
};

/** How many buzzers the host and the screen see by name; the rest is a count. */
const BUZZ_QUEUE_SHOWN = 10;

/** The queue as everyone sees it: who has the floor and until when, who is waiting, who was ruled out. */
export function buzzQueueEffect(current: CurrentQuestion): Effect {
	const { queue, wrong, winner } = current.buzz;
	return {
		type: 'buzzQueue',
		to: 'all',
		position: current.position,
		head: queue[0]?.playerId ?? null,
		queue: queue.slice(0, BUZZ_QUEUE_SHOWN).map((b) => b.playerId),
		length: queue.length,
		winner,
		wrong,
		floor: current.buzz.floor ?? null
	};
}

/**
 * The window of whoever has the floor is over by `at`: their turn counts as a wrong answer and the floor
 * passes on, each next window starting when the last one ended (so a late tick changes nothing).
 */
export function expireFloor(state: GameState, at: number): Transition {
	let result: Transition = done(state);
	for (;;) {
		const s = result.state;
		if (s.phase !== 'open' && s.phase !== 'locked') return result;
		const floor = s.current.buzz.floor;
		if (!floor || at <= floor.until) return result;
		// The floor's holder may have been removed meanwhile: then nobody is passed over.
		const buzz = s.current.buzz.queue[0]?.playerId === floor.playerId ? passHead(s.current.buzz) : s.current.buzz;
		const handed = handFloor(withCurrent(s, { buzz: { ...buzz, floor: null } }), floor.until);
		result = { state: handed.state, effects: [...result.effects, ...handed.effects, buzzQueueEffect(handed.state.current)], refusal: null };
	}
}
