import type { AnswerKey } from '$lib/bank/content-split';
import type { ParticipantQuestion } from '$lib/bank/participant-view';
import type { Position, SegmentKind } from './config';
import type { RankedPlayer } from './ranking';
import type { AuditEntry, CloseReason, Distribution, GameState, Phase } from './state';

/** A score change by the host, as the player is told it. */
export interface Adjustment {
	delta: number;
	reason: string;
}

/**
 * Who sent an event, as the server authenticated it (never as the payload claims): the host console,
 * a judge, a player (registered user or guest token), or the server itself for the clock.
 */
export type Role = 'host' | 'judge' | 'player' | 'system';
export interface Actor {
	role: Role;
	id: string;
}

/** Everything that can happen to a game. `at` is the server's receive time in milliseconds. */
export type Command =
	// players
	| { type: 'join'; name: string; unit?: string | null; team?: string | null }
	| { type: 'leave' }
	| { type: 'reconnect' }
	/**
	 * `position` names the question the client answered, so a late retry never lands on the next one.
	 * The engine knows the answer ids of the running question only: a retry for an earlier question is
	 * for the I/O layer to acknowledge from its store (where the answer id is unique).
	 */
	| { type: 'answer'; answerId: string; position: Position; response: unknown }
	| { type: 'buzz'; position: Position }
	/** The contestant's own ngôi sao hy vọng, where the về đích part leaves it to them. */
	| { type: 'stakeOwnStar' }
	// judges
	| { type: 'judgeScore'; position: Position; scores: number[] }
	// the server's clock
	| { type: 'tick' }
	// the host
	| { type: 'start'; respondentId?: string }
	| { type: 'next'; respondentId?: string }
	| { type: 'pause' }
	| { type: 'resume' }
	| { type: 'extend'; seconds: number }
	| { type: 'skip'; respondentId?: string }
	| { type: 'lock' }
	| { type: 'reveal' }
	| { type: 'showLeaderboard' }
	| { type: 'end' }
	| { type: 'adjustScore'; playerId: string; delta: number; reason: string }
	| { type: 'removePlayer'; playerId: string; reason?: string }
	/** Brings back the named eliminated players, or all of them. */
	| { type: 'rescue'; playerIds?: string[] }
	| { type: 'markBuzz'; playerId: string; correct: boolean }
	| { type: 'stakeStar'; playerId: string };

export type CommandType = Command['type'];
export type GameEvent = Command & { at: number; by: Actor };

/** Why an event changed nothing; the UI shows `live.errors.<reason>`. */
export const REFUSALS = [
	'forbidden',
	'notAJudge',
	'unknownPlayer',
	'removed',
	'invalidName',
	'ended',
	'notStarted',
	'alreadyStarted',
	'notOpen',
	'late',
	'locked',
	'paused',
	'notPaused',
	'wrongQuestion',
	'notAnswerable',
	'notYourTurn',
	'eliminated',
	'alreadyAnswered',
	'invalidAnswer',
	'alreadyBuzzed',
	'notBuzzer',
	'notAtHead',
	'notSituation',
	'invalidScores',
	'judgingClosed',
	'judgesPending',
	'notRevealed',
	'cannotAdvance',
	'respondentRequired',
	'invalidDelta',
	'reasonRequired',
	'invalidExtension',
	'nobodyEliminated',
	'betweenQuestionsOnly',
	'noFinalQuestion',
	'starUsed',
	'turnOver',
	'allOutPending',
	'nobodyLeft',
	'starByPlayer',
	'starByHost'
] as const;
export type Refusal = (typeof REFUSALS)[number];

/**
 * Where a message goes. `all`: one broadcast to the game's room (players, big screens, host, judges);
 * `staff`: host consoles and big screens only; otherwise one player or one judge.
 */
export type Audience = 'all' | 'staff' | { player: string } | { judge: string };

export interface QuestionInfo {
	position: Position;
	segmentKind: SegmentKind;
	segmentTitle: string;
	/** 1-based within the segment, and the segment's question count. */
	number: number;
	count: number;
	question: ParticipantQuestion;
	timeLimitSec: number;
	points: number;
	opensAt: number;
	closesAt: number;
	respondentId: string | null;
	stars: string[];
}

export interface PlayerSummary {
	id: string;
	name: string;
	unit: string | null;
	team: string | null;
}

export interface ResultRow {
	playerId: string;
	correct: boolean | null;
	answered: boolean;
	points: number;
	total: number;
	rank: number;
	starred: boolean;
	eliminated: boolean;
	streak: number;
	bonus: number;
}

/**
 * What the I/O layer must do, in order. Designed so a question costs O(N) messages: one broadcast of
 * the question, one result per player, one reveal to all; every answer is acknowledged to its sender only
 * and counted for the staff (the I/O layer throttles `counters`). `persist*` and `audit` are storage:
 * an `ackAnswer` must go out only after the `persistAnswer` before it has been committed.
 */
export type Effect =
	| {
			type: 'persistAnswer';
			position: Position;
			versionId: number;
			playerId: string;
			answerId: string;
			response: unknown;
			at: number;
			ms: number;
	  }
	| { type: 'persistResults'; position: Position; versionId: number; rows: ResultRow[] }
	| { type: 'persistStandings'; standings: RankedPlayer[] }
	/** Stored, and shown to the staff. */
	| { type: 'audit'; entry: AuditEntry }
	| { type: 'ackAnswer'; to: { player: string }; answerId: string; duplicate: boolean }
	| { type: 'playerJoined'; to: 'staff'; player: PlayerSummary; players: number }
	| { type: 'presence'; to: 'staff'; playerId: string; connected: boolean; players: number }
	| { type: 'removed'; to: { player: string }; reason: string }
	/** `adjustment`: the host changed the score, and why (the phone says so). */
	| { type: 'playerStatus'; to: { player: string }; score: number; eliminated: boolean; adjustment?: Adjustment }
	/** Never carries the key. */
	| { type: 'broadcastQuestion'; to: 'all'; info: QuestionInfo }
	| { type: 'counters'; to: 'staff'; answered: number; expected: number }
	| { type: 'timer'; to: 'all'; phase: Phase; opensAt: number | null; closesAt: number | null; remainingMs: number | null }
	| { type: 'questionLocked'; to: 'all'; position: Position; answered: number; by: CloseReason }
	/**
	 * `winner`: set once the host marks the head right, so the winner's phone is not told its turn is over;
	 * `wrong`: who was ruled out, in order; `floor`: who has the answer window, until when.
	 */
	| {
			type: 'buzzQueue';
			to: 'all';
			position: Position;
			head: string | null;
			queue: string[];
			length: number;
			winner: string | null;
			wrong: string[];
			floor: { playerId: string; until: number } | null;
	  }
	| { type: 'judging'; to: 'staff'; position: Position; scored: string[]; judges: number }
	| {
			type: 'reveal';
			to: 'all';
			position: Position;
			key: AnswerKey;
			distribution: Distribution | null;
			winner: string | null;
			judgeTotals: { judgeId: string; total: number }[] | null;
			judgeAverage: number | null;
			/** Rung chuông vàng: everyone still in was wrong, and the whole wave stayed in. */
			revived: boolean;
	  }
	| ({ type: 'playerResult'; to: { player: string } } & ResultRow)
	| { type: 'starStaked'; to: 'all'; playerId: string }
	/** The next question is one the player may stake their own star on, worth `stake` either way. */
	| { type: 'starOffer'; to: { player: string }; stake: number }
	| { type: 'questionSkipped'; to: 'all'; position: Position }
	| { type: 'leaderboard'; to: 'all'; rows: RankedPlayer[]; players: number }
	| { type: 'podium'; to: 'all'; rows: RankedPlayer[] }
	| { type: 'standing'; to: { player: string }; rank: number; score: number }
	| { type: 'ended'; to: 'all' };

export interface Transition<S extends GameState = GameState> {
	state: S;
	effects: Effect[];
	/** Set when the event was refused; the clock may still have moved the game on (a late answer locks). */
	refusal: Refusal | null;
}
