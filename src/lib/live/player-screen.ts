import type { Response } from '$lib/contests/grading';
import { t } from '$lib/i18n';
import { formatScore } from '$lib/i18n/format';
import type { LiveMessage } from '$lib/realtime/events';
import { samePosition, type Position } from './config';
import { roundScore } from './scoring';
import type { PlayerOutcome } from './state';
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
				closedBy: null,
				myAnswer: null,
				myBuzz: info.segmentKind === 'buzzer' ? { place: null, wrong: false, floorUntil: null, won: false } : null,
				reveal: null,
				leaderboard: null,
				podium: null,
				// A staked star is spent when its question opens.
				me: view.me && {
					...view.me,
					adjustment: null,
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
			return {
				...view,
				phase: view.question!.segmentKind === 'situation' ? 'judging' : 'locked',
				remainingMs: null,
				closedBy: message.by
			};
		case 'questionSkipped':
			return onQuestion(view, message.position) ? { ...view, phase: 'locked', remainingMs: null, closedBy: 'host' } : view;
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
			const { correct, answered, points, starred, eliminated, streak, bonus } = message;
			const mine = { correct, answered, points, starred, eliminated, streak, bonus };
			return {
				...view,
				reveal: view.reveal && { ...view.reveal, mine },
				me: view.me && { ...view.me, score: message.total, rank: message.rank, eliminated: message.eliminated }
			};
		}
		case 'playerStatus':
			return {
				...view,
				me: view.me && {
					...view.me,
					score: message.score,
					eliminated: message.eliminated,
					adjustment: message.adjustment ?? view.me.adjustment
				}
			};
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

export interface PhoneStatus {
	/** Which situation the phone is in: the page styles and names its status block by it. */
	kind: 'removed' | 'lobby' | 'answering' | 'buzzQueue' | 'othersTurn' | 'eliminated' | 'closed' | 'result' | 'standing';
	/** The one line that says where the player stands; '' while the answer tiles or the buzzer speak for themselves. */
	title: string;
	tone: 'right' | 'wrong' | 'info';
	/** What follows from it, in order: points, streak, star, the judges, the total, the host's adjustment. */
	lines: string[];
}

const signed = (n: number): string => (n > 0 ? `+${formatScore(n)}` : formatScore(n));

/**
 * What the phone says, from the phase and the player's own outcome alone, so that no two lines can
 * contradict each other: one table, tested case by case in the spec beside it.
 */
export function phoneStatus(view: PlayerView, serverNow: number): PhoneStatus {
	const status = statusOf(view, serverNow);
	const adjustment = view.me?.adjustment;
	if (adjustment) status.lines.push(t('live.play.adjusted', { delta: signed(adjustment.delta), reason: adjustment.reason }));
	return status;
}

function statusOf(view: PlayerView, serverNow: number): PhoneStatus {
	const me = view.me;
	const total = me ? t('live.play.totalRank', { score: formatScore(me.score), rank: me.rank }) : '';
	const say = (kind: PhoneStatus['kind'], title: string, tone: PhoneStatus['tone'] = 'info', lines: string[] = []): PhoneStatus => ({
		kind,
		title,
		tone,
		lines
	});
	switch (stageOf(view)) {
		case 'removed':
			return say('removed', t('live.play.removed'), 'wrong');
		case 'lobby':
			return say('lobby', t('live.play.lobby'));
		case 'question':
			return questionStatus(view, say, serverNow);
		case 'result':
			return resultStatus(view, say, total);
		case 'leaderboard':
		case 'podium':
			return say('standing', total);
		case 'ended':
			return say('standing', total, 'info', [t('live.play.ended')]);
	}
}

type Say = (kind: PhoneStatus['kind'], title: string, tone?: PhoneStatus['tone'], lines?: string[]) => PhoneStatus;

function questionStatus(view: PlayerView, say: Say, serverNow: number): PhoneStatus {
	const q = view.question!;
	const me = view.me;
	const phase = view.phase === 'paused' ? null : view.phase;
	const lines = view.phase === 'paused' ? [t('live.phases.paused')] : [];
	if (me?.starStaked && q.stars.includes(me.id)) lines.push(t('live.play.starAtStake', { points: formatScore(q.points) }));
	if (me?.eliminated) return say('eliminated', t('live.play.eliminated'), 'wrong', lines);
	if (q.segmentKind === 'buzzer') {
		// One thing at a time, from the queue (buzzNote); nothing while the buzzer button is what to show.
		const note = buzzNote(view, serverNow);
		return note ? say('buzzQueue', buzzText(note), 'info', lines) : say('answering', '', 'info', lines);
	}
	if (phase === 'locked' || phase === 'judging') {
		const title = view.closedBy === 'time' ? t('live.play.closedByTime') : t('live.play.closedEarly');
		if (phase === 'judging') lines.push(t('live.play.waitJudges'));
		// "Đã gửi" itself is the send button's word (it follows the server's acknowledgement).
		else if (answersOnDevice(view)) lines.push(view.myAnswer ? t('live.play.waitReveal') : t('live.play.notAnsweredYet'));
		return say('closed', title, 'info', lines);
	}
	if (q.segmentKind === 'situation')
		return say('othersTurn', q.respondentId === me?.id ? t('live.play.yourSituation') : t('live.play.othersTurn'), 'info', lines);
	if (!answersOnDevice(view)) return say('othersTurn', t('live.play.othersTurn'), 'info', lines);
	return say('answering', '', 'info', lines);
}

function buzzText(note: BuzzNote): string {
	switch (note.key) {
		case 'live.play.yourTurn':
			return note.seconds === null ? t('live.play.yourTurn') : t('live.play.yourTurnLeft', { seconds: note.seconds });
		case 'live.play.buzzPlace':
			return t(note.key, { place: note.place });
		default:
			return t(note.key);
	}
}

function resultStatus(view: PlayerView, say: Say, total: string): PhoneStatus {
	const reveal = view.reveal!;
	const q = view.question!;
	const mine = reveal.mine;
	const judges = reveal.judgeAverage !== null ? [t('live.judgeAverage', { points: formatScore(reveal.judgeAverage) })] : [];
	const after = [...judges, ...(total ? [total] : [])];
	if (!mine || (mine.correct === null && !mine.answered)) {
		const title = view.me?.eliminated ? t('live.play.eliminated') : t('live.play.noResult');
		return say('result', title, 'info', after);
	}
	if (mine.correct === null)
		// On stage: the judges' average is this player's score.
		return say('result', t('live.play.situationScore', { points: formatScore(mine.points) }), 'right', after);
	const lines = pointLines(mine);
	if (mine.eliminated && q.segmentKind === 'elimination') lines.push(t('live.play.outNow'));
	const title = mine.correct ? t('live.play.right') : mine.answered ? t('live.play.wrong') : t('live.play.notAnswered');
	return say('result', title, mine.correct ? 'right' : 'wrong', [...lines, ...after]);
}

/** The points said plainly: a gain, a loss, what the star did, and the streak bonus apart. */
function pointLines(mine: PlayerOutcome): string[] {
	const lines: string[] = [];
	const earned = roundScore(mine.points - mine.bonus);
	if (mine.starred)
		lines.push(
			earned >= 0 ? t('live.play.starGain', { points: formatScore(earned) }) : t('live.play.starLoss', { points: formatScore(-earned) })
		);
	else if (earned > 0) lines.push(t('live.play.earned', { points: formatScore(earned) }));
	else if (earned < 0) lines.push(t('live.play.lost', { points: formatScore(-earned) }));
	if (mine.bonus > 0) lines.push(t('live.play.streak', { streak: mine.streak, bonus: formatScore(mine.bonus) }));
	return lines;
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
