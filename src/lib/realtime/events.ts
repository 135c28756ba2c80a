/** Typed Socket.IO events, shared by the server and the browser. Each area adds its own. */
export interface WhoAmI {
	userId: string;
	fullName: string;
	role: string;
	unitId: number;
}

export type Ack<T> = (response: { ok: true; data: T } | { ok: false; error: string }) => void;

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

export interface ClientToServerEvents {
	'session:whoami': (ack: Ack<WhoAmI>) => void;
	'leaderboard:watch': (roundId: number, ack: Ack<LeaderboardSnapshot>) => void;
}

export interface ServerToClientEvents {
	'session:ended': () => void;
	'leaderboard:update': (snapshot: LeaderboardSnapshot) => void;
}
