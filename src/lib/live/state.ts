import type { Response } from '$lib/contests/grading';
import type { GameConfig, LiveQuestion, Position, SegmentConfig } from './config';
import { questionAt } from './config';
import { emptyShelf, shelfGet, shelfValues, type Shelf } from './shelf';

/**
 * The whole state of one live game. Plain JSON (records, arrays, numbers, strings; no classes, no Maps,
 * no Dates: times are server milliseconds), so the server can snapshot it as it is and rebuild it by
 * replaying the event log. Nothing here is ever mutated: `reduce` returns a new state. Players and answers
 * sit on shelves (./shelf), so that one answer among thousands copies a few dozen entries, not all.
 */
export type QuestionPhase =
	/** A question is on, between `opensAt` and `closesAt`. */
	| 'open'
	/** Answers or buzzes are closed; the host reveals next. */
	| 'locked'
	/** A situation's answer is over and some judges have yet to score. */
	| 'judging'
	| 'revealed'
	| 'leaderboard';
export type Phase = 'lobby' | QuestionPhase | 'paused' | 'podium' | 'ended';

export interface Player {
	id: string;
	name: string;
	unit: string | null;
	team: string | null;
	/** 1, 2, 3… in the order of first joining: the last tie-break. */
	joinSeq: number;
	/** Null while a socket plays the seat; otherwise since when it has been away (./presence). */
	away: Away | null;
	eliminated: boolean;
	score: number;
	correctCount: number;
	/** Time spent answering device questions; an unanswered question counts its full time limit. */
	answerMs: number;
	/** Right answers in a row within the current segment. */
	streak: number;
	/** Segments (indices) in which this player has used the ngôi sao hy vọng. */
	starSegments: number[];
}

/**
 * A player whose last socket left. Within the game's grace period they still count as waiting to
 * answer; past it they have departed, and the auto-lock no longer waits for them (they may still answer
 * if they come back while the question is open).
 */
export interface Away {
	since: number;
	departed: boolean;
}

/** An away player not yet departed, and the instant past which they are. */
export interface GraceEnd {
	playerId: string;
	until: number;
}

export interface RemovedPlayer extends Player {
	removedAt: number;
	removedBy: string;
	reason: string;
}

export interface AcceptedAnswer {
	answerId: string;
	response: Response;
	/** Server receive time. */
	at: number;
	/** Time from the question opening, pauses left out. */
	ms: number;
}

export interface BuzzEntry {
	playerId: string;
	at: number;
}

export interface BuzzState {
	/** Still waiting, by receive time; the head is the one answering aloud. */
	queue: BuzzEntry[];
	/** Answered wrong (or not in their window) on this question, in that order: may not buzz again. */
	wrong: string[];
	winner: string | null;
	/**
	 * With an answer window (the segment's `answerWindowSec`): the head of the queue has the floor until
	 * `until`, and the question's clock stands still with `stoppedMs` left. Absent in games without one.
	 */
	floor?: { playerId: string; until: number } | null;
	stoppedMs?: number | null;
}

/** Answer counts shown at the reveal. For true/false `byOption` is [true, false]; short and ordering have none. */
export interface Distribution {
	byOption: number[] | null;
	correct: number;
	wrong: number;
	unanswered: number;
}

export interface PlayerOutcome {
	/** null when the player had nothing to get right or wrong (someone else's turn). */
	correct: boolean | null;
	/** Gave an answer (on the device, aloud after a buzz, or on stage): a wrong one is not a missing one. */
	answered: boolean;
	/** Everything this question gave, star and streak bonus included. */
	points: number;
	starred: boolean;
	eliminated: boolean;
	/** Right answers in a row after this question, and the streak bonus inside `points`. */
	streak: number;
	bonus: number;
}

export interface Outcome {
	distribution: Distribution | null;
	/** Every player still in the game when the question was revealed. */
	results: Record<string, PlayerOutcome>;
	/** Situation: each judge's total, in the order of the configured judges, and the average that counts. */
	judgeTotals: { judgeId: string; total: number }[] | null;
	judgeAverage: number | null;
	/** Rung chuông vàng: everyone still in was wrong, and the `revive` rule kept them all in. */
	revived?: boolean;
}

/**
 * Counts behind the answered counter and the auto-lock, kept up to date event by event (./tally) so
 * that no answer costs a pass over every player. Meaningful until the reveal.
 */
export interface Tally {
	/** Players who may answer, connected or not. */
	expected: number;
	/** Of those, connected. */
	present: number;
	/** Not answered yet and not departed (connected, or away within the grace period): at zero, the question locks. */
	waiting: number;
}

/** What closed a question: its clock, the host, or the last expected answer. */
export type CloseReason = 'time' | 'host' | 'everyone';

export interface CurrentQuestion {
	position: Position;
	opensAt: number;
	closesAt: number;
	/** Time spent paused since opening, left out of answer times. */
	pausedMs: number;
	respondentId: string | null;
	answers: Shelf<AcceptedAnswer>;
	answeredCount: number;
	tally: Tally;
	/** Players whose ngôi sao hy vọng is on this question. */
	stars: string[];
	buzz: BuzzState;
	/** Judge id → points per criterion, in rubric order. */
	judgeScores: Record<string, number[]>;
	/** Set when answering closes; null while open (and in snapshots taken before it was kept). */
	closedBy?: CloseReason | null;
	/** Set once, at the reveal. */
	outcome: Outcome | null;
	/**
	 * Rung chuông vàng under the `host` rule: the wave this question put out when it put out everyone.
	 * Until a rescue brings one of them back, the game goes no further.
	 */
	allOut?: string[] | null;
}

export interface PauseState {
	/** The phase to go back to. */
	from: QuestionPhase;
	at: number;
	/** Time the question had left when paused; null when its time was not running (closed, revealed). */
	remainingMs: number | null;
	/** Time left in a buzzer's answer window when paused, if one was running. */
	floorMs?: number | null;
}

export type AuditKind = 'adjust' | 'remove' | 'rescue';

export interface AuditEntry {
	kind: AuditKind;
	at: number;
	by: string;
	playerId: string;
	playerName: string;
	delta: number;
	reason: string;
}

/** What every phase holds: the configuration, the players and the host's record. */
interface GameBase {
	config: GameConfig;
	players: Shelf<Player>;
	joinCount: number;
	/** Away players within their grace period, which the clock watches: a short list, even in a big hall. */
	graceEnds: GraceEnd[];
	removed: RemovedPlayer[];
	/** Stars staked for the next question to open. */
	pendingStars: string[];
	audit: AuditEntry[];
}

/** Waiting for the first question. */
export interface LobbyState extends GameBase {
	phase: 'lobby';
	paused: null;
	current: null;
}

/** Over a question: it runs, is closed, is being judged, is revealed, or its leaderboard is up. */
export interface QuestionState extends GameBase {
	phase: QuestionPhase;
	paused: null;
	current: CurrentQuestion;
}

/** Paused over a question. */
export interface PausedState extends GameBase {
	phase: 'paused';
	paused: PauseState;
	current: CurrentQuestion;
}

/** On the podium or ended, with the last question still held (none when the game ended in the lobby). */
export type FinishedState = GameBase & { phase: 'podium' | 'ended'; paused: null } & ({ current: CurrentQuestion } | { current: null });

/**
 * The phases told apart by type: a question is held from the first `open` on (so the podium still knows
 * which came last), a pause always says what it paused.
 */
export type GameState = LobbyState | QuestionState | PausedState | FinishedState;

/** A state holding a question, whatever its phase. */
export type WithCurrent = Extract<GameState, { current: CurrentQuestion }>;

export function createGame(config: GameConfig): GameState {
	return {
		config,
		phase: 'lobby',
		paused: null,
		players: emptyShelf(),
		joinCount: 0,
		graceEnds: [],
		removed: [],
		current: null,
		pendingStars: [],
		audit: []
	};
}

export const findPlayer = (state: GameState, id: string): Player | undefined => shelfGet(state.players, id);

const QUESTION_PHASES: readonly Phase[] = ['open', 'locked', 'judging', 'revealed', 'leaderboard'];

/** Over a question, and not paused. */
export const onQuestion = (state: GameState): state is QuestionState => QUESTION_PHASES.includes(state.phase);

export function currentSegment(state: WithCurrent): SegmentConfig;
export function currentSegment(state: GameState): SegmentConfig | null;
export function currentSegment(state: GameState): SegmentConfig | null {
	return state.current ? state.config.segments[state.current.position.segment] : null;
}

export function currentQuestion(state: WithCurrent): LiveQuestion;
export function currentQuestion(state: GameState): LiveQuestion | null;
export function currentQuestion(state: GameState): LiveQuestion | null {
	return state.current ? questionAt(state.config, state.current.position) : null;
}

/** In joining order. O(N log N): for the reveal and the views, never for a single answer. */
export const playerList = (state: GameState): Player[] => shelfValues(state.players).sort((a, b) => a.joinSeq - b.joinSeq);

export const playerCount = (state: GameState): number => state.joinCount - state.removed.length;

export const answerOf = (current: CurrentQuestion, playerId: string): AcceptedAnswer | undefined => shelfGet(current.answers, playerId);

/** The phase the game is really in, looking through a pause. */
export const effectivePhase = (state: GameState): Phase => (state.phase === 'paused' ? state.paused.from : state.phase);

/**
 * Who is expected to answer the current question: players not eliminated and, on someone's turn,
 * only that contestant. Disconnected players still count here (they may come back in time); only the
 * auto-lock looks at who is away, and for how long.
 */
export function mayAnswer(state: GameState, player: Player): boolean {
	const current = state.current;
	if (!current || player.eliminated) return false;
	return current.respondentId === null || current.respondentId === player.id;
}
