import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Cookies } from '@sveltejs/kit';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { session, unit, user } from '$lib/server/db/schema';
import { prepared } from '$lib/server/db/prepared';
import type { Role } from '$lib/auth/roles';

const DAY = 86_400_000;
const LIFETIME = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;
const SEEN_EVERY = 5 * 60_000;
export const SESSION_COOKIE = 'hoithi_session';

/** What the app knows about the signed-in user on every request and socket. */
export interface SessionUser {
	id: string;
	fullName: string;
	role: Role;
	unitId: number;
	unitName: string;
	unitPath: string;
}

export interface ValidSession {
	id: string;
	expiresAt: Date;
}

export type SessionValidation = { session: ValidSession; user: SessionUser } | { session: null; user: null };

export function generateSessionToken(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

/** The token never reaches the database: a leaked table yields no usable cookie. */
export function sessionIdOf(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** The device a session was opened on, for the person's list of their sessions. */
export interface SessionDevice {
	userAgent: string | null;
	address: string | null;
}

export async function createSession(
	db: Db,
	token: string,
	userId: string,
	device: SessionDevice = { userAgent: null, address: null }
): Promise<ValidSession> {
	const created = { id: sessionIdOf(token), userId, expiresAt: new Date(Date.now() + LIFETIME), ...device };
	await db.insert(session).values(created);
	return { id: created.id, expiresAt: created.expiresAt };
}

/** Every request asks this: prepared once per database. */
const sessionWithUser = (db: Db) =>
	prepared(db, 'session_with_user', (d, name) =>
		d
			.select({
				expiresAt: session.expiresAt,
				lastSeenAt: session.lastSeenAt,
				user: {
					id: user.id,
					fullName: user.fullName,
					role: user.role,
					unitId: user.unitId,
					disabledAt: user.disabledAt,
					unitName: unit.name,
					unitPath: unit.path
				}
			})
			.from(session)
			.innerJoin(user, eq(user.id, session.userId))
			.innerJoin(unit, eq(unit.id, user.unitId))
			.where(eq(session.id, sql.placeholder('id')))
			.prepare(name)
	);

export async function validateSessionToken(db: Db, token: string): Promise<SessionValidation> {
	const id = sessionIdOf(token);
	const [row] = await sessionWithUser(db).execute({ id });
	if (!row) return { session: null, user: null };
	const now = Date.now();
	if (row.expiresAt.getTime() <= now || row.user.disabledAt) {
		await db.delete(session).where(eq(session.id, id));
		return { session: null, user: null };
	}
	let expiresAt = row.expiresAt;
	const renew = expiresAt.getTime() - now < RENEW_WHEN_LEFT;
	if (renew) expiresAt = new Date(now + LIFETIME);
	// "Last seen" to the minute or so: one write per session every few minutes, not one per request.
	if (renew || now - row.lastSeenAt.getTime() > SEEN_EVERY) {
		await db
			.update(session)
			.set({ expiresAt, lastSeenAt: new Date(now) })
			.where(eq(session.id, id));
	}
	const { disabledAt: _disabled, ...sessionUser } = row.user;
	return { session: { id, expiresAt }, user: sessionUser };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(session).where(eq(session.id, sessionId));
}

/** Returns the ids of the sessions it ended, so their live sockets can be cut too. */
export async function invalidateUserSessions(db: Db, userId: string): Promise<string[]> {
	const ended = await db.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
	return ended.map((s) => s.id);
}

interface CookieContext {
	cookies: Cookies;
	url: URL;
}

/**
 * Secure follows the scheme the app is reached by (behind TLS, set ORIGIN=https://…): a live contest
 * in a hall often runs over plain http on the local network, where a Secure cookie would never stick.
 */
export function setSessionCookie({ cookies, url }: CookieContext, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
