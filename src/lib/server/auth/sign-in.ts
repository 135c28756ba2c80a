import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '$lib/server/db';
import { createSession, generateSessionToken, setSessionCookie } from './session';

/** Opens a new session for `userId` (noting the browser and address it came from) and hands its cookie to the browser. */
export async function signIn(
	db: Db,
	event: Pick<RequestEvent, 'cookies' | 'url' | 'request' | 'getClientAddress'>,
	userId: string
): Promise<void> {
	const token = generateSessionToken();
	const device = { userAgent: event.request.headers.get('user-agent')?.slice(0, 300) ?? null, address: event.getClientAddress() };
	const session = await createSession(db, token, userId, device);
	setSessionCookie(event, token, session.expiresAt);
}
