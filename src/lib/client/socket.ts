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

/** What `followNetwork` needs of a socket. */
type Reconnecting = Pick<ClientSocket, 'connected' | 'active' | 'disconnect' | 'connect' | 'io'>;

/**
 * Follows what the browser says of the network. Offline, the connection is dropped at once: its TCP is
 * dead, and Socket.IO's ping would only find out up to 45 s later, while requests went into it unheard;
 * dropped, the page knows it is away and its requests wait for the next connection. Online again, it
 * reconnects at once instead of waiting out the backoff, and only a socket that is trying to
 * (`active`): one the server ended (a closed session) stays closed. Socket.IO keeps its session id
 * through both, so the connection can still be recovered. Returns the function that stops following.
 */
export function followNetwork(socket: Reconnecting, target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window) {
	const offline = () => {
		if (socket.connected) socket.io.engine.close();
	};
	const online = () => {
		if (!socket.connected && socket.active) socket.disconnect().connect();
	};
	target.addEventListener('offline', offline);
	target.addEventListener('online', online);
	return () => {
		target.removeEventListener('offline', offline);
		target.removeEventListener('online', online);
	};
}
