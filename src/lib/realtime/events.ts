/** Typed Socket.IO events, shared by the server and the browser. Later areas add theirs here. */
export interface WhoAmI {
	userId: string;
	fullName: string;
	role: string;
	unitId: number;
}

export type Ack<T> = (response: { ok: true; data: T } | { ok: false; error: string }) => void;

export interface ClientToServerEvents {
	'session:whoami': (ack: Ack<WhoAmI>) => void;
}

export interface ServerToClientEvents {
	'session:ended': () => void;
}
