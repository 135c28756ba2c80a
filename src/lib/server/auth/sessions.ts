import { and, desc, eq, ne } from 'drizzle-orm';
import { deviceName } from '$lib/auth/device';
import type { Db } from '$lib/server/db';
import { session } from '$lib/server/db/schema';
import { disconnectSessions } from '$lib/server/realtime';

export interface SessionListing {
	id: string;
	device: string | null;
	address: string | null;
	createdAt: Date;
	lastSeenAt: Date;
	current: boolean;
}

/** A person's sessions, the one in use first, then by when they were last seen. */
export async function listSessions(db: Db, userId: string, currentId: string): Promise<SessionListing[]> {
	const rows = await db.select().from(session).where(eq(session.userId, userId)).orderBy(desc(session.lastSeenAt));
	return rows
		.filter((s) => s.expiresAt.getTime() > Date.now())
		.map((s) => ({
			id: s.id,
			device: deviceName(s.userAgent),
			address: s.address,
			createdAt: s.createdAt,
			lastSeenAt: s.lastSeenAt,
			current: s.id === currentId
		}))
		.sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends every session of `userId` but `keepId` (none kept when null), their sockets included; returns how many. */
export async function endSessions(db: Db, userId: string, keepId: string | null): Promise<number> {
	const ended = await db
		.delete(session)
		.where(keepId ? and(eq(session.userId, userId), ne(session.id, keepId)) : eq(session.userId, userId))
		.returning({ id: session.id });
	disconnectSessions(ended.map((s) => s.id));
	return ended.length;
}
