import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { liveGame, liveHostLease } from '$lib/server/db/schema';

/** How long a lease holds without renewal: a dead host's games move within this and one sweep. */
export const LEASE_MS = 3000;
const until = sql`now() + ${`${LEASE_MS} milliseconds`}::interval`;

/** Takes the game for `node` if nobody holds it, `node` already does, or the holder's lease lapsed. */
export async function takeLease(db: Db, gameId: number, node: string): Promise<boolean> {
	const taken = await db
		.insert(liveHostLease)
		.values({ gameId, node, until })
		.onConflictDoUpdate({
			target: liveHostLease.gameId,
			set: { node, until },
			setWhere: or(eq(liveHostLease.node, node), lt(liveHostLease.until, sql`now()`))
		})
		.returning({ gameId: liveHostLease.gameId });
	return taken.length > 0;
}

/** Renews `node`'s leases on these games; resolves to the ones it still holds. */
export async function renewLeases(db: Db, node: string, gameIds: readonly number[]): Promise<Set<number>> {
	if (gameIds.length === 0) return new Set();
	const kept = await db
		.update(liveHostLease)
		.set({ until })
		.where(and(eq(liveHostLease.node, node), inArray(liveHostLease.gameId, [...gameIds])))
		.returning({ gameId: liveHostLease.gameId });
	return new Set(kept.map((k) => k.gameId));
}

/** Gives up `node`'s leases at once (a clean shutdown), so another process need not wait them out. */
export async function dropLeases(db: Db, node: string): Promise<void> {
	await db.delete(liveHostLease).where(eq(liveHostLease.node, node));
}

/** The process holding a live lease on the game, or null. */
export async function leaseHolder(db: Db, gameId: number): Promise<string | null> {
	const [held] = await db
		.select({ node: liveHostLease.node })
		.from(liveHostLease)
		.where(and(eq(liveHostLease.gameId, gameId), sql`${liveHostLease.until} >= now()`));
	return held?.node ?? null;
}

/** Running games nobody hosts: their lease lapsed, or they never had one (the last host stopped cleanly). */
export async function unhostedRunningGames(db: Db): Promise<number[]> {
	const rows = await db
		.select({ id: liveGame.id })
		.from(liveGame)
		.leftJoin(liveHostLease, eq(liveHostLease.gameId, liveGame.id))
		.where(and(eq(liveGame.status, 'running'), or(isNull(liveHostLease.node), lt(liveHostLease.until, sql`now()`))));
	return rows.map((r) => r.id);
}
