import type { Position } from './config';
import { isDeviceSegment, isValidId, samePosition } from './config';
import type { GameEvent, Refusal, Transition } from './events';
import { closeQuestion } from './flow';
import { buzzQueueEffect, handFloor, passHead } from './floor';
import { wellFormedResponse } from './responses';
import { roundScore } from './scoring';
import type { AcceptedAnswer, BuzzState, GameState, QuestionState, WithCurrent } from './state';
import { answerOf, currentQuestion, currentSegment, findPlayer, mayAnswer } from './state';
import { shelfSet } from './shelf';
import { retally } from './tally';
import { andThen, counters, done, refuse, whyMissing, withCurrent } from './transition';

/** Players' answers and buzzes, the host's verdict on a buzzer answer, and the judges' scores. */

type Of<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;

const isPosition = (p: unknown): p is Position =>
	typeof p === 'object' && p !== null && Number.isInteger((p as Position).segment) && Number.isInteger((p as Position).question);

/** The question a player's input names must be the one running, and still open: the game so, or why not. */
function openFor(state: GameState, position: unknown, at: number): QuestionState | Refusal {
	if (state.phase === 'paused') return 'paused';
	const current = state.current;
	if (!current) return 'notOpen';
	if (!isPosition(position) || !samePosition(current.position, position)) return 'wrongQuestion';
	if (state.phase !== 'open') return at > current.closesAt ? 'late' : 'locked';
	return state;
}

/**
 * One answer per player per question. A retry carrying the answer id already accepted is acknowledged
 * again and changes nothing, even after the question has locked; the acknowledgement follows the
 * `persistAnswer` so the I/O layer sends it only once the answer is committed.
 */
export function answer(state: GameState, event: Of<'answer'>): Transition {
	const player = findPlayer(state, event.by.id);
	if (!player) return refuse(state, whyMissing(state, event.by.id));
	const current = state.current;
	const previous = current && answerOf(current, player.id);
	if (
		current &&
		previous &&
		previous.answerId === event.answerId &&
		isPosition(event.position) &&
		samePosition(current.position, event.position)
	)
		return done(state, [{ type: 'ackAnswer', to: { player: player.id }, answerId: event.answerId, duplicate: true }]);
	const open = openFor(state, event.position, event.at);
	if (typeof open === 'string') return refuse(state, open);
	const running = open.current;
	if (!isDeviceSegment(currentSegment(open))) return refuse(state, 'notAnswerable');
	if (player.eliminated) return refuse(state, 'eliminated');
	if (!mayAnswer(state, player)) return refuse(state, 'notYourTurn');
	if (previous) return refuse(state, 'alreadyAnswered');
	const question = currentQuestion(open);
	const response = wellFormedResponse(question.display, event.response);
	if (!response || !isValidId(event.answerId)) return refuse(state, 'invalidAnswer');
	const accepted: AcceptedAnswer = {
		answerId: event.answerId,
		response,
		at: event.at,
		ms: Math.max(0, event.at - running.opensAt - running.pausedMs)
	};
	const next = retally(
		state,
		withCurrent(open, { answers: shelfSet(running.answers, player.id, accepted), answeredCount: running.answeredCount + 1 }),
		player.id
	);
	return done(next, [
		{
			type: 'persistAnswer',
			position: running.position,
			versionId: question.versionId,
			playerId: player.id,
			answerId: accepted.answerId,
			response,
			at: accepted.at,
			ms: accepted.ms
		},
		{ type: 'ackAnswer', to: { player: player.id }, answerId: accepted.answerId, duplicate: false },
		...counters(next)
	]);
}

const withBuzz = <S extends WithCurrent>(state: S, buzz: BuzzState): S => withCurrent(state, { buzz });

/**
 * Queued by receive time; the head answers aloud. A player who answered wrong may not buzz again. With an
 * answer window the first buzz stops the question's clock and gives the floor (./floor).
 */
export function buzz(state: GameState, event: Of<'buzz'>): Transition {
	const player = findPlayer(state, event.by.id);
	if (!player) return refuse(state, whyMissing(state, event.by.id));
	const open = openFor(state, event.position, event.at);
	if (typeof open === 'string') return refuse(state, open);
	if (currentSegment(open).kind !== 'buzzer') return refuse(state, 'notBuzzer');
	if (player.eliminated) return refuse(state, 'eliminated');
	const current = open.current;
	const { queue, wrong } = current.buzz;
	if (wrong.includes(player.id) || queue.some((b) => b.playerId === player.id)) return refuse(state, 'alreadyBuzzed');
	// Events normally arrive in receive order; should one be stamped earlier, it still takes its place,
	// though never ahead of the one who has the floor.
	const held = current.buzz.floor ? 1 : 0;
	const found = queue.findIndex((b) => b.at > event.at);
	const place = found < 0 ? queue.length : Math.max(found, held);
	const entry = { playerId: player.id, at: event.at };
	const queued = withBuzz(open, { ...current.buzz, queue: [...queue.slice(0, place), entry, ...queue.slice(place)] });
	const handed = handFloor(queued, event.at);
	return done(handed.state, [...handed.effects, buzzQueueEffect(handed.state.current)]);
}

/**
 * The host's verdict on the head of the queue: right ends the question, wrong passes the floor to the
 * next. With an answer window, only while the head holds it: a late verdict finds the turn over.
 */
export function markBuzz(state: GameState, event: Of<'markBuzz'>): Transition {
	if (state.phase === 'paused') return refuse(state, 'paused');
	const current = state.current;
	if (!current || currentSegment(state)?.kind !== 'buzzer') return refuse(state, 'notBuzzer');
	if ((state.phase !== 'open' && state.phase !== 'locked') || current.buzz.winner !== null) return refuse(state, 'notOpen');
	const [head] = current.buzz.queue;
	if (!head || head.playerId !== event.playerId)
		return refuse(state, current.buzz.wrong.includes(event.playerId) ? 'turnOver' : 'notAtHead');
	if (!event.correct) {
		const handed = handFloor(withBuzz(state, passHead(current.buzz)), event.at);
		return done(handed.state, [...handed.effects, buzzQueueEffect(handed.state.current)]);
	}
	const next = withBuzz(state, { ...current.buzz, queue: [], winner: head.playerId, floor: null, stoppedMs: null });
	const decided = done(next, [buzzQueueEffect(next.current)]);
	return state.phase === 'open' ? andThen(decided, (s) => closeQuestion(s, 'host')) : decided;
}

/**
 * A judge's points for the contestant on stage, one per rubric criterion within its maximum, kept in
 * hundredths like every score. A judge may correct their scores until the result is shown, which happens
 * once every judge has scored.
 */
export function judgeScore(state: GameState, event: Of<'judgeScore'>): Transition {
	if (state.phase === 'paused') return refuse(state, 'paused');
	const current = state.current;
	const question = currentQuestion(state);
	if (!current || !question || question.display.type !== 'situation') return refuse(state, 'notSituation');
	if (!isPosition(event.position) || !samePosition(current.position, event.position)) return refuse(state, 'wrongQuestion');
	if ((state.phase !== 'open' && state.phase !== 'judging') || current.outcome) return refuse(state, 'judgingClosed');
	const rubric = question.display.rubric;
	const scores = event.scores;
	const valid =
		Array.isArray(scores) &&
		scores.length === rubric.length &&
		scores.every((s, i) => typeof s === 'number' && Number.isFinite(s) && s >= 0 && s <= rubric[i].maxPoints);
	if (!valid) return refuse(state, 'invalidScores');
	const next = withCurrent(state, { judgeScores: { ...current.judgeScores, [event.by.id]: scores.map(roundScore) } });
	const scored = state.config.judges.filter((j) => Object.hasOwn(next.current.judgeScores, j.id)).map((j) => j.id);
	return done(next, [{ type: 'judging', to: 'staff', position: current.position, scored, judges: state.config.judges.length }]);
}
