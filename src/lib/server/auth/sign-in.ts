import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '$lib/server/db';
import { createSession, generateSessionToken, setSessionCookie } from './session';

/** Opens a new session for `userId` and hands its cookie to the browser. */
export async function signIn(db: Db, event: Pick<RequestEvent, 'cookies' | 'url'>, userId: string): Promise<void> {
	const token = generateSessionToken();
	const session = await createSession(db, token, userId);
	setSessionCookie(event, token, session.expiresAt);
}
