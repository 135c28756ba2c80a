import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import type { SessionUser } from '$lib/server/auth/session';
import type { ForwardedOp, ForwardReply } from '$lib/server/live/forwarding';
import { ioSlot } from './io-server.js';

/** Who is on the socket: a signed-in user, or nobody (a public board, a guest player). */
export interface SocketData {
	user: SessionUser | null;
	sessionId: string | null;
	/** The live game seat this socket plays, once joined or resumed. */
	seat?: { gameId: number; playerId: string };
}

/** What the processes of a scale-out deployment ask each other (through the Redis adapter). */
export interface InterServerEvents {
	/** A request for a live game, to the process that hosts it. */
	'live:op': (request: ForwardedOp, answer: (reply: ForwardReply) => void) => void;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** The process's Socket.IO server, or null where there is none (tests, build). */
export function ioServer(): AppServer | null {
	return (ioSlot()?.io as AppServer | undefined) ?? null;
}
