import { building } from '$app/environment';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { SESSION_COOKIE, deleteSessionCookie, setSessionCookie, validateSessionToken } from '$lib/server/auth/session';
import { startCluster, stopCluster } from '$lib/server/cluster';
import { db, startDatabase, stopDatabase } from '$lib/server/db';
import { clusterLink } from '$lib/server/live/forwarding';
import { liveGames, resumeRunningGames } from '$lib/server/live/registry';
import { installRealtime } from '$lib/server/realtime';

export const init: ServerInit = async () => {
	if (building) return;
	await startDatabase();
	if (await startCluster()) liveGames().joinCluster(clusterLink(liveGames()));
	installRealtime(async () => {
		await stopCluster();
		await stopDatabase();
	});
	await resumeRunningGames();
};

export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE) ?? null;
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = await validateSessionToken(db(), token);
		if (session) {
			setSessionCookie(event, token, session.expiresAt);
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'errors.notFound' : 'errors.unexpected' };
};
