import { randomBytes } from 'node:crypto';
import { building } from '$app/environment';
import { json, type Handle, type HandleServerError, type RequestEvent, type ServerInit } from '@sveltejs/kit';
import { SESSION_COOKIE, deleteSessionCookie, setSessionCookie, validateSessionToken } from '$lib/server/auth/session';
import { startCluster, stopCluster } from '$lib/server/cluster';
import { db, startDatabase, stopDatabase } from '$lib/server/db';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { clusterLink } from '$lib/server/live/forwarding';
import { liveGames, resumeRunningGames } from '$lib/server/live/registry';
import { errorFields, log, logThrottled } from '$lib/server/log';
import { installRealtime } from '$lib/server/realtime';
import { UNAVAILABLE, unavailableResponse } from '$lib/server/unavailable';

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

/** A proxy's request id (nginx's `$request_id`) is kept, so both logs name the request alike. */
const PROXY_REQUEST_ID = /^[\w-]{8,64}$/;

function requestId(request: Request): string {
	const given = request.headers.get('x-request-id');
	return given && PROXY_REQUEST_ID.test(given) ? given : randomBytes(6).toString('hex');
}

/** One line per kind per few seconds while the database is away, not one stack per request. */
function noteUnavailable(event: RequestEvent, error: unknown): void {
	event.locals.failure = 'unavailable';
	logThrottled('database.unavailable', 'error', 'database.unavailable', {
		requestId: event.locals.requestId,
		path: event.url.pathname,
		error: error instanceof Error ? error.message : String(error)
	});
}

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.requestId = requestId(event.request);
	event.locals.failure = null;
	const token = event.cookies.get(SESSION_COOKIE) ?? null;
	event.locals.user = null;
	event.locals.session = null;
	// The health check needs no session: it answers even while the database cannot look one up.
	if (token && event.url.pathname !== '/healthz') {
		let validated;
		try {
			validated = await validateSessionToken(db(), token);
		} catch (error) {
			if (!isDatabaseUnavailable(error)) throw error;
			noteUnavailable(event, error);
			return unavailableResponse(event);
		}
		const { session, user } = validated;
		if (session) {
			setSessionCookie(event, token, session.expiresAt);
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	const response = await resolve(event);
	// handleError has seen why the request failed: answer with the status that says so.
	if (event.locals.failure === 'unavailable') return unavailableResponse(event);
	if (event.locals.failure === 'malformed') return json({ ok: false, error: 'errors.badRequest' }, { status: 400 });
	if (event.locals.failure === 'unsupportedType') return json({ ok: false, error: 'errors.badRequest' }, { status: 415 });
	response.headers.set('x-request-id', event.locals.requestId);
	return response;
};

/**
 * A body the server cannot read: the client's fault (a script, a broken proxy), not the server's. A form
 * posted with another content type (undici's TypeError from `formData()`) is 415, a body that is not JSON 400.
 */
function malformedBody(error: unknown, event: RequestEvent): 'malformed' | 'unsupportedType' | null {
	if (event.request.method === 'GET') return null;
	if (error instanceof TypeError && /^Content-Type was not one of/.test(error.message)) return 'unsupportedType';
	if (error instanceof SyntaxError && /JSON/.test(error.message)) return 'malformed';
	return null;
}

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'errors.notFound' };
	if (isDatabaseUnavailable(error)) {
		noteUnavailable(event, error);
		return { message: UNAVAILABLE };
	}
	const where = { requestId: event.locals.requestId, method: event.request.method, path: event.url.pathname };
	// SvelteKit's own refusals of a malformed request (a form post with no form content type: 415) and
	// bodies that are not JSON are warnings without a stack: nothing in the server went wrong.
	const malformed = status < 500 ? null : malformedBody(error, event);
	if (status < 500 || malformed) {
		event.locals.failure = malformed;
		const answered = malformed === 'unsupportedType' ? 415 : malformed ? 400 : status;
		log('warn', 'request.malformed', { ...where, status: answered, error: error instanceof Error ? error.message : String(error) });
		return { message: 'errors.badRequest' };
	}
	log('error', 'request.failed', { ...where, ...errorFields(error) });
	return { message: 'errors.unexpected' };
};
