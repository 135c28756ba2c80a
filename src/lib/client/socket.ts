import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The page's connection to the server; the session cookie authenticates it, same origin only. After a
 * drop it tries again within 2 s at most (Socket.IO's default waits up to 5 s), so a phone is back
 * within moments of its network.
 */
export function connectSocket(): ClientSocket {
	return io({ transports: ['websocket', 'polling'], reconnectionDelay: 500, reconnectionDelayMax: 2000 });
}

/** What `reconnectWhenOnline` needs of a socket. */
type Reconnecting = Pick<ClientSocket, 'connected' | 'active' | 'disconnect' | 'connect'>;

/**
 * Reconnects at once when the browser says the network is back, instead of waiting out the backoff.
 * Only a socket that is trying to reconnect (`active`): one the server ended (a closed session) stays
 * closed. Socket.IO keeps its session id through this, so the connection can still be recovered.
 * Returns the function that stops listening.
 */
export function reconnectWhenOnline(socket: Reconnecting, target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window) {
	const online = () => {
		if (!socket.connected && socket.active) socket.disconnect().connect();
	};
	target.addEventListener('online', online);
	return () => target.removeEventListener('online', online);
}
