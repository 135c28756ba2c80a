import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { registerLeaderboardEvents } from '$lib/server/contests/leaderboard';
import { liveGames } from '$lib/server/live/registry';
import { registerLiveEvents } from '$lib/server/live/sockets';
import { db } from '$lib/server/db';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { errorFields, log, logThrottled } from '$lib/server/log';
import { fail, handle } from './handle';
import { ioSlot } from './io-server.js';
import { ioServer, sessionRoom, userRoom, type AppSocket } from './server';

export { sessionRoom, userRoom };

function cookieValue(header: string | undefined, name: string): string | null {
	for (const part of header?.split(';') ?? []) {
		const [key, ...value] = part.trim().split('=');
		if (key === name) return decodeURIComponent(value.join('='));
	}
	return null;
}

/**
 * The handshake reuses the page session: the httpOnly cookie travels with it on the same origin.
 * Without a valid session the socket is anonymous: each event decides whether that is enough
 * (a public leaderboard is; anything else is refused).
 */
async function authenticate(socket: AppSocket, next: (err?: Error) => void): Promise<void> {
	try {
		const token = cookieValue(socket.request.headers.cookie, SESSION_COOKIE);
		const { session, user } = token ? await validateSessionToken(db(), token) : { session: null, user: null };
		const fresh = session ? { user, sessionId: session.id } : { user: null, sessionId: null };
		// A connection recovered after a blip comes back in its rooms; it keeps its live seat too, if the
		// same person (or the same guest) is still on it.
		const { seat, user: before } = socket.recovered ? socket.data : {};
		socket.data = seat && (before?.id ?? null) === (fresh.user?.id ?? null) ? { ...fresh, seat } : fresh;
		next();
	} catch (error) {
		if (isDatabaseUnavailable(error))
			logThrottled('database.unavailable', 'error', 'database.unavailable', { during: 'socket handshake', error: String(error) });
		else log('error', 'socket.handshake_failed', errorFields(error));
		next(new Error('server_error'));
	}
}

function onConnection(socket: AppSocket): void {
	const { user, sessionId } = socket.data;
	if (user && sessionId) socket.join([userRoom(user.id), sessionRoom(sessionId)]);
	handle(socket, 'session:whoami', async () =>
		user
			? { ok: true, data: { userId: user.id, fullName: user.fullName, role: user.role, unitId: user.unitId } }
			: fail('auth.signInRequired')
	);
	registerLeaderboardEvents(socket);
	registerLiveEvents(socket);
}

/**
 * Points the process's Socket.IO dispatchers at this module's handlers, and hands the server what to
 * close at shutdown. Idempotent, so a dev-server reload swaps the code instead of registering twice.
 */
export function installRealtime(onShutdown: () => Promise<void>): void {
	const slot = ioSlot();
	if (!slot) return;
	slot.app.shutdown = async () => {
		await liveGames().closeAll();
		await onShutdown();
	};
	slot.app.middleware = (socket, next) => void authenticate(socket as AppSocket, next);
	slot.app.connection = (socket) => onConnection(socket as AppSocket);
	slot.io.disconnectSockets(true); // clients reconnect onto the new handlers
}

/** Cuts the live sockets of ended sessions (logout, password or role change, disabled account). */
export function disconnectSessions(sessionIds: string[]): void {
	const server = ioServer();
	if (!server || sessionIds.length === 0) return;
	const rooms = sessionIds.map(sessionRoom);
	server.to(rooms).emit('session:ended');
	server.in(rooms).disconnectSockets(true);
}
