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

/** What a round's live leaderboard shows: computed once per update, whatever the number of viewers. */
export interface LeaderboardSnapshot {
	roundId: number;
	participants: number;
	allCorrect: number;
	questionCount: number;
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
