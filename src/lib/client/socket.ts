import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The page's connection to the server; the session cookie authenticates it, same origin only. */
export function connectSocket(): ClientSocket {
	return io({ transports: ['websocket', 'polling'] });
}
