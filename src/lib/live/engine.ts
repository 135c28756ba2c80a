import { judgesGame } from './access';
import { isDeviceSegment } from './config';
import type { CommandType, GameEvent, Role, Transition } from './events';
import { allJudgesScored, closeQuestion, discardCurrent, endGame, leaderboardEffect, openNext, revealQuestion } from './flow';
import { clockStopped, expireFloor, questionLeftMs } from './floor';
import { answer, buzz, judgeScore, markBuzz } from './inputs';
import { adjustScore, join, removePlayer, rescue, stakeStar } from './people';
import { departExpired, setConnected } from './presence';
import type { CurrentQuestion, GameState, PausedState, QuestionState } from './state';
import { currentSegment, effectivePhase, onQuestion } from './state';
import { andThen, done, refuse, withCurrent } from './transition';

/**
 * The rules of a live game as one pure function: `reduce(state, event)` returns the next state, the
 * effects the I/O layer must carry out, and why the event was refused, if it was. No clock of its own
 * (each event carries the server's receive time), no randomness, no mutation: replaying the same events
 * on the same initial state gives the same state, which is how a restarted server resumes a game.
 *
 * Time moves only through events. Before handling any event the clock is applied (players whose grace
 * period is over have departed; a question whose closesAt has passed is closed), so a late answer is
 * refused even if no `tick` came in between; after it the game settles (everyone still expected has
 * answered: lock; in a game stored before the MC revealed situations, every judge has scored: reveal).
 */

const ROLE_OF: Record<CommandType, Role> = {
	join: 'player',
	leave: 'player',
	reconnect: 'player',
	answer: 'player',
	buzz: 'player',
	stakeOwnStar: 'player',
	judgeScore: 'judge',
	tick: 'system',
	start: 'host',
	next: 'host',
	pause: 'host',
	resume: 'host',
	extend: 'host',
	skip: 'host',
	lock: 'host',
	reveal: 'host',
	showLeaderboard: 'host',
	end: 'host',
	adjustScore: 'host',
	removePlayer: 'host',
	rescue: 'host',
	markBuzz: 'host',
	stakeStar: 'host'
};

/** After the end only comings and goings are recorded. */
const AFTER_END = new Set<CommandType>(['leave', 'reconnect', 'tick']);
const MAX_EXTENSION_SEC = 120;

export function reduce(state: GameState, event: GameEvent): Transition {
	if (typeof event.at !== 'number' || !Number.isFinite(event.at)) return refuse(state, 'forbidden');
	const clocked = applyClock(state, event.at);
	const handled = handle(clocked.state, event);
	const settled = settle(handled.state);
	return {
		state: settled.state,
		effects: [...clocked.effects, ...handled.effects, ...settled.effects],
		refusal: handled.refusal
	};
}

/** Replays a log of events from a state (a fresh game or a snapshot). */
export function replay(state: GameState, events: readonly GameEvent[]): GameState {
	return events.reduce((s, e) => reduce(s, e).state, state);
}

function applyClock(state: GameState, at: number): Transition {
	return andThen(expireFloor(departExpired(state, at), at), (s) =>
		s.phase === 'open' && !clockStopped(s.current.buzz) && at > s.current.closesAt ? closeQuestion(s, 'time') : done(s)
	);
}

function settle(state: GameState): Transition {
	if (state.phase === 'open' && isDeviceSegment(currentSegment(state)) && everyoneExpectedAnswered(state.current))
		return closeQuestion(state, 'everyone');
	if (state.phase === 'judging' && !state.config.hostReveals && allJudgesScored(state)) return revealQuestion(state);
	return done(state);
}

/**
 * Auto-lock: every player who may answer has, but for those who departed (away longer than the grace
 * period, ./presence). Nobody connected is not "everyone answered": a hall whose Wi-Fi drops must not
 * see its question locked.
 */
const everyoneExpectedAnswered = (current: CurrentQuestion): boolean => current.tally.waiting === 0 && current.tally.present > 0;

function handle(state: GameState, event: GameEvent): Transition {
	const role = Object.hasOwn(ROLE_OF, event.type) ? ROLE_OF[event.type] : null;
	if (!role || event.by?.role !== role) return refuse(state, 'forbidden');
	if (role === 'judge' && !judgesGame(state.config, event.by.id)) return refuse(state, 'notAJudge');
	if (state.phase === 'ended' && !AFTER_END.has(event.type)) return refuse(state, 'ended');
	switch (event.type) {
		case 'join':
			return join(state, event);
		case 'leave':
			return setConnected(state, event.by.id, false, event.at);
		case 'reconnect':
			return setConnected(state, event.by.id, true, event.at);
		case 'answer':
			return answer(state, event);
		case 'buzz':
			return buzz(state, event);
		case 'judgeScore':
			return judgeScore(state, event);
		case 'tick':
			return done(state);
		case 'start':
			return state.phase === 'lobby' ? openNext(state, event.at, event.respondentId) : refuse(state, 'alreadyStarted');
		case 'next':
			return next(state, event.at, event.respondentId);
		case 'pause':
			return pause(state, event.at);
		case 'resume':
			return resume(state, event.at);
		case 'extend':
			return extend(state, event.seconds);
		case 'skip':
			return skip(state, event.at, event.respondentId);
		case 'lock':
			return state.phase === 'open' ? closeQuestion(state, 'host') : refuse(state, state.phase === 'paused' ? 'paused' : 'notOpen');
		case 'reveal':
			return reveal(state);
		case 'showLeaderboard':
			return state.phase === 'revealed' || state.phase === 'leaderboard'
				? done({ ...state, phase: 'leaderboard' }, [leaderboardEffect(state)])
				: refuse(state, 'notRevealed');
		case 'end':
			return endGame(state);
		case 'adjustScore':
			return adjustScore(state, event);
		case 'removePlayer':
			return removePlayer(state, event);
		case 'rescue':
			return rescue(state, event);
		case 'markBuzz':
			return markBuzz(state, event);
		case 'stakeStar':
			return stakeStar(state, event.playerId, event);
		case 'stakeOwnStar':
			return stakeStar(state, event.by.id, event);
	}
}

function next(state: GameState, at: number, respondentId: string | undefined): Transition {
	switch (state.phase) {
		case 'revealed':
		case 'leaderboard':
			return state.current.allOut?.length ? refuse(state, 'allOutPending') : openNext(state, at, respondentId);
		case 'lobby':
			return refuse(state, 'notStarted');
		case 'paused':
			return refuse(state, 'paused');
		case 'podium':
			return refuse(state, 'cannotAdvance');
		default:
			return refuse(state, 'notRevealed');
	}
}

function pause(state: GameState, at: number): Transition {
	if (!onQuestion(state)) return refuse(state, state.phase === 'paused' ? 'paused' : 'notOpen');
	const remainingMs = state.phase === 'open' ? questionLeftMs(state, at) : null;
	const floor = state.current.buzz.floor;
	const floorMs = floor ? Math.max(0, floor.until - at) : null;
	const paused: PausedState = { ...state, phase: 'paused', paused: { from: state.phase, at, remainingMs, floorMs } };
	return done(paused, [{ type: 'timer', to: 'all', phase: 'paused', opensAt: null, closesAt: null, remainingMs }]);
}

/**
 * The question gets back the time it had left; the pause is left out of answer times. A buzzer's answer
 * window gets back its own time, and a clock a buzz had stopped stays stopped.
 */
function resume(state: GameState, at: number): Transition {
	if (state.phase !== 'paused') return refuse(state, 'notPaused');
	const { paused, current } = state;
	const floor = current.buzz.floor;
	const buzz =
		floor && typeof paused.floorMs === 'number' ? { ...current.buzz, floor: { ...floor, until: at + paused.floorMs } } : current.buzz;
	const resumed: QuestionState = withCurrent({ ...state, phase: paused.from, paused: null }, { buzz });
	if (paused.remainingMs === null)
		return done(resumed, [{ type: 'timer', to: 'all', phase: paused.from, opensAt: null, closesAt: null, remainingMs: null }]);
	const pausedMs = current.pausedMs + Math.max(0, at - paused.at);
	if (clockStopped(buzz)) {
		const next = withCurrent(resumed, { pausedMs, buzz: { ...buzz, stoppedMs: paused.remainingMs } });
		return done(next, [{ type: 'timer', to: 'all', phase: 'open', opensAt: null, closesAt: null, remainingMs: paused.remainingMs }]);
	}
	const next = withCurrent(resumed, { closesAt: at + paused.remainingMs, pausedMs });
	return done(next, [
		{ type: 'timer', to: 'all', phase: 'open', opensAt: current.opensAt, closesAt: next.current.closesAt, remainingMs: null }
	]);
}

function extend(state: GameState, seconds: number): Transition {
	if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_EXTENSION_SEC) return refuse(state, 'invalidExtension');
	const ms = seconds * 1000;
	if (state.phase === 'open' && clockStopped(state.current.buzz)) {
		const stoppedMs = state.current.buzz.stoppedMs + ms;
		return done(withCurrent(state, { buzz: { ...state.current.buzz, stoppedMs } }), [
			{ type: 'timer', to: 'all', phase: 'open', opensAt: null, closesAt: null, remainingMs: stoppedMs }
		]);
	}
	if (state.phase === 'open') {
		const next = withCurrent(state, { closesAt: state.current.closesAt + ms });
		return done(next, [
			{ type: 'timer', to: 'all', phase: 'open', opensAt: next.current.opensAt, closesAt: next.current.closesAt, remainingMs: null }
		]);
	}
	if (state.phase === 'paused' && state.paused.remainingMs !== null) {
		const remainingMs = state.paused.remainingMs + ms;
		return done({ ...state, paused: { ...state.paused, remainingMs } }, [
			{ type: 'timer', to: 'all', phase: 'paused', opensAt: null, closesAt: null, remainingMs }
		]);
	}
	return refuse(state, 'notOpen');
}

/** Drops the running question unscored and opens the next at once; refused as a whole if that cannot open. */
function skip(state: GameState, at: number, respondentId: string | undefined): Transition {
	const phase = effectivePhase(state);
	// Only a question still being answered or judged is skipped, a pause over it included.
	if (!state.current || (phase !== 'open' && phase !== 'locked' && phase !== 'judging'))
		return refuse(state, phase === 'lobby' ? 'notStarted' : 'notOpen');
	const skipped = andThen(discardCurrent(state), (s) => openNext(s, at, respondentId));
	return skipped.refusal ? refuse(state, skipped.refusal) : skipped;
}

/**
 * From an open question the host may reveal at once (it locks first); a situation waits for every judge,
 * and then for the MC.
 */
function reveal(state: GameState): Transition {
	switch (state.phase) {
		case 'open':
			if (currentSegment(state)?.kind === 'situation') {
				return allJudgesScored(state) ? andThen(closeQuestion(state, 'host'), revealQuestion) : refuse(state, 'judgesPending');
			}
			return andThen(closeQuestion(state, 'host'), revealQuestion);
		case 'locked':
			return revealQuestion(state);
		case 'judging':
			return allJudgesScored(state) ? revealQuestion(state) : refuse(state, 'judgesPending');
		case 'paused':
			return refuse(state, 'paused');
		default:
			return refuse(state, 'notOpen');
	}
}
