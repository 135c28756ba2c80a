import type { Response } from '$lib/contests/grading';
import type { LiveMessage } from '$lib/realtime/events';
import { samePosition, type Position } from './config';
import type { PlayerView } from './views';

/**
 * The player's screen between two snapshots: the server sends a full `PlayerView` on every (re)connect
 * and then only messages, which this folds into the view the way the server would have built it. Pure,
 * so the browser's state logic is tested here rather than in the component.
 */

const onQuestion = (view: PlayerView, position: Position): boolean =>
	view.question !== null && samePosition(view.question.position, position);

export function applyMessage(view: PlayerView, message: LiveMessage, playerId: string): PlayerView {
	switch (message.type) {
		case 'broadcastQuestion': {
			const { info } = message;
			return {
				...view,
				phase: 'open',
				remainingMs: null,
				question: info,
				myAnswer: null,
				myBuzz: info.segmentKind === 'buzzer' ? { place: null, wrong: false, floorUntil: null, won: false } : null,
				reveal: null,
				leaderboard: null,
				podium: null,
				// A staked star is spent when its question opens.
				me: view.me && {
					...view.me,
					starStaked: info.stars.includes(playerId),
					starAvailable: view.me.starAvailable && !info.stars.includes(playerId),
					// Staking is before a question: the next offer comes with the next reveal.
					starOwn: false,
					starStake: null
				}
			};
		}
		case 'timer':
			return {
				...view,
				phase: message.phase,
				// Frozen while paused, or while a buzz holds the question's clock.
				remainingMs: message.phase === 'paused' || message.phase === 'open' ? message.remainingMs : null,
				question: view.question && message.closesAt !== null ? { ...view.question, closesAt: message.closesAt } : view.question
			};
		case 'questionLocked':
			if (!onQuestion(view, message.position)) return view;
			return { ...view, phase: view.question!.segmentKind === 'situation' ? 'judging' : 'locked', remainingMs: null };
		case 'questionSkipped':
			return onQuestion(view, message.position) ? { ...view, phase: 'locked', remainingMs: null } : view;
		case 'buzzQueue': {
			if (!onQuestion(view, message.position) || !view.myBuzz) return view;
			// The message says it all (who waits, who was ruled out, who has the floor), so the phone never
			// guesses from what it saw before.
			const index = message.queue.indexOf(playerId);
			const place = index >= 0 ? index + 1 : view.myBuzz.place !== null && message.length > message.queue.length ? view.myBuzz.place : null;
			return {
				...view,
				myBuzz: {
					place: message.winner === playerId ? null : place,
					wrong: message.wrong.includes(playerId),
					floorUntil: message.floor?.playerId === playerId ? message.floor.until : null,
					won: message.winner === playerId
				}
			};
		}
		case 'reveal':
			if (!onQuestion(view, message.position)) return view;
			return {
				...view,
				phase: 'revealed',
				remainingMs: null,
				reveal: {
					key: message.key,
					distribution: message.distribution,
					winner: message.winner,
					judgeTotals: message.judgeTotals,
					judgeAverage: message.judgeAverage,
					revived: message.revived,
					mine: null
				}
			};
		case 'playerResult': {
			const mine = { correct: message.correct, points: message.points, starred: message.starred, eliminated: message.eliminated };
			return {
				...view,
				reveal: view.reveal && { ...view.reveal, mine },
				me: view.me && { ...view.me, score: message.total, rank: message.rank, eliminated: message.eliminated }
			};
		}
		case 'playerStatus':
			return { ...view, me: view.me && { ...view.me, score: message.score, eliminated: message.eliminated } };
		case 'standing':
			return { ...view, me: view.me && { ...view.me, score: message.score, rank: message.rank } };
		case 'starOffer':
			return view.me ? { ...view, me: { ...view.me, starAvailable: true, starOwn: true, starStake: message.stake } } : view;
		case 'starStaked':
			return message.playerId === playerId && view.me
				? { ...view, me: { ...view.me, starStaked: true, starAvailable: false, starOwn: false, starStake: null } }
				: view;
		case 'leaderboard':
			return { ...view, phase: 'leaderboard', remainingMs: null, leaderboard: message.rows, podium: null };
		case 'podium':
			return { ...view, phase: 'podium', remainingMs: null, question: null, podium: message.rows };
		case 'removed':
			return { ...view, removed: true, me: null, question: null, myAnswer: null, myBuzz: null, reveal: null };
		case 'ended':
			return { ...view, phase: 'ended', remainingMs: null, question: null };
		// Staff and judges' business: the player's screen does not change.
		case 'playerJoined':
		case 'presence':
		case 'counters':
		case 'judging':
		case 'audit':
			return view;
	}
}

/** The player's answer once the server has acknowledged it: only then does the screen say "sent". */
export function withAnswer(view: PlayerView, position: Position, answerId: string, response: Response): PlayerView {
	return onQuestion(view, position) ? { ...view, myAnswer: { answerId, response } } : view;
}

export type PlayerStage = 'removed' | 'lobby' | 'question' | 'result' | 'leaderboard' | 'podium' | 'ended';

/** Which screen the player sees. */
export function stageOf(view: PlayerView): PlayerStage {
	if (view.removed) return 'removed';
	switch (view.phase) {
		case 'lobby':
			return 'lobby';
		case 'revealed':
			return 'result';
		case 'leaderboard':
			return 'leaderboard';
		case 'podium':
			return 'podium';
		case 'ended':
			return 'ended';
		case 'paused':
			return view.question ? 'question' : view.leaderboard ? 'leaderboard' : 'lobby';
		default:
			return view.question ? 'question' : 'lobby';
	}
}

/**
 * Whether this player answers the open question on their device: a device segment, not eliminated, and
 * on someone's turn only that contestant.
 */
export function answersOnDevice(view: PlayerView): boolean {
	const q = view.question;
	if (!q || !view.me || view.me.eliminated) return false;
	if (q.segmentKind === 'buzzer' || q.segmentKind === 'situation') return false;
	return q.respondentId === null || q.respondentId === view.me.id;
}

/**
 * What a buzzer contestant's phone says, one thing at a time: null while the buzzer button is what to
 * show. `seconds` is left in their own answer window when they have the floor.
 */
export type BuzzNote =
	| { key: 'live.play.buzzWon' }
	| { key: 'live.play.yourTurn'; seconds: number | null }
	| { key: 'live.play.buzzPlace'; place: number }
	| { key: 'live.play.buzzOver' }
	| { key: 'live.play.buzzClosed' };

export function buzzNote(view: PlayerView, serverNow: number): BuzzNote | null {
	const buzz = view.myBuzz;
	if (!buzz) return null;
	if (buzz.won) return { key: 'live.play.buzzWon' };
	if (buzz.place === 1) {
		const seconds = buzz.floorUntil === null ? null : Math.max(0, Math.ceil((buzz.floorUntil - serverNow) / 1000));
		return { key: 'live.play.yourTurn', seconds };
	}
	if (buzz.place !== null) return { key: 'live.play.buzzPlace', place: buzz.place };
	if (buzz.wrong) return { key: 'live.play.buzzOver' };
	return view.phase === 'open' || view.phase === 'paused' ? null : { key: 'live.play.buzzClosed' };
}
