import type { Position } from '$lib/live/config';
import type { Command, Effect } from '$lib/live/events';
import type { HostView, JudgeView, PlayerView, RosterRow, ScreenView } from '$lib/live/views';

/** Typed Socket.IO events, shared by the server and the browser. Each area adds its own. */
export interface WhoAmI {
	userId: string;
	fullName: string;
	role: string;
	unitId: number;
}

/** What the server's acknowledgement answers: the data asked for, or why not (an i18n key). */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
export type Ack<T> = (reply: Reply<T>) => void;

export interface LeaderboardRow {
	rank: number;
	fullName: string;
	unitName: string;
	correctCount: number;
	prediction: number | null;
	durationMs: number;
}

export interface LeaderboardUnit {
	rank: number;
	name: string;
	participants: number;
	/** Participants / headcount, 0 when the unit has no headcount. */
	rate: number;
}

/** What a round's live leaderboard shows: computed once per update, whatever the number of viewers. */
export interface LeaderboardSnapshot {
	roundId: number;
	/** Server time of the figures (ISO). */
	at: string;
	/** The round has closed: the ranking is final, no longer provisional. */
	final: boolean;
	participants: number;
	allCorrect: number;
	questionCount: number;
	/** Submissions in each of the last minutes, the running minute last. */
	perMinute: number[];
	units: LeaderboardUnit[];
	top: LeaderboardRow[];
}

/** A live game's messages as clients get them: storage effects stay on the server. */
export type LiveMessage = Exclude<Effect, { type: 'persistAnswer' | 'persistResults' | 'persistStandings' | 'ackAnswer' }>;

/** A player's seat: the token brings the same player back after a reload or a drop. */
export interface LiveSeat {
	gameId: number;
	title: string;
	playerId: string;
	token: string;
	view: PlayerView;
}

export type LiveStaffRole = 'host' | 'screen' | 'judge';
export type LiveStaffView = { role: 'host'; view: HostView } | { role: 'screen'; view: ScreenView } | { role: 'judge'; view: JudgeView };
export type HostCommand = Extract<
	Command,
	{
		type:
			| 'start'
			| 'next'
			| 'pause'
			| 'resume'
			| 'extend'
			| 'skip'
			| 'lock'
			| 'reveal'
			| 'showLeaderboard'
			| 'end'
			| 'adjustScore'
			| 'removePlayer'
			| 'rescue'
			| 'markBuzz'
			| 'stakeStar';
	}
>;

export interface ClientToServerEvents {
	'session:whoami': (ack: Ack<WhoAmI>) => void;
	'leaderboard:watch': (roundId: number, ack: Ack<LeaderboardSnapshot>) => void;
	/** The server's clock, for the countdowns: the client measures its offset from the round trip. */
	'live:clock': (ack: (serverNow: number) => void) => void;
	/**
	 * `seats`: the seat tokens this device holds for any game, so that a guest removed from this one stays
	 * out. A guest's nickname already taken in the game is answered with a free one to suggest.
	 */
	'live:join': (input: { pin: string; name?: string; seats?: string[] }, ack: Ack<LiveSeat | { nameTaken: string }>) => void;
	'live:resume': (input: { gameId: number; token: string }, ack: Ack<LiveSeat>) => void;
	'live:answer': (input: { answerId: string; position: Position; response: unknown }, ack: Ack<{ duplicate: boolean }>) => void;
	'live:buzz': (input: { position: Position }, ack: Ack<null>) => void;
	/** A contestant stakes their own ngôi sao hy vọng on the next question, where the part lets them. */
	'live:star': (ack: Ack<null>) => void;
	'live:watch': (input: { gameId: number; as: LiveStaffRole }, ack: Ack<LiveStaffView>) => void;
	'live:command': (input: { gameId: number; command: HostCommand }, ack: Ack<HostView>) => void;
	'live:score': (input: { gameId: number; position: Position; scores: number[] }, ack: Ack<JudgeView>) => void;
	/** The host finds players by name beyond the ones the console lists. */
	'live:players': (input: { gameId: number; query: string }, ack: Ack<RosterRow[]>) => void;
}

export interface ServerToClientEvents {
	'session:ended': () => void;
	'leaderboard:update': (snapshot: LeaderboardSnapshot) => void;
	'live:message': (message: LiveMessage) => void;
}

/** Every event a client sends is a request: its input, if any, then the acknowledgement the server answers. */
export type RequestEvent = keyof ClientToServerEvents;
type Params<E extends RequestEvent> = Parameters<ClientToServerEvents[E]>;
/** What a request sends before its acknowledgement: nothing, or its one input. */
export type RequestArgs<E extends RequestEvent> = E extends RequestEvent ? (Params<E> extends [...infer A, unknown] ? A : never) : never;
/** A request's input; undefined for one that sends nothing but its acknowledgement. */
export type InputOf<E extends RequestEvent> = RequestArgs<E> extends [infer I] ? I : undefined;
/** What the acknowledgement of a request answers. */
export type ReplyOf<E extends RequestEvent> = Params<E> extends [...unknown[], (reply: infer R) => void] ? R : never;
