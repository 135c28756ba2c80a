import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { generateSessionToken, sessionIdOf } from '$lib/server/auth/session';
import type { Db } from '$lib/server/db';
import { attempt, livePlayer, liveSeatMember, unit } from '$lib/server/db/schema';
import type { LiveGame } from './games';
import type { SeatPlan } from './roster';

/** A live game's seats: the players, each with an attempt in the results model and a durable token per device. */

/** A live round and its attempts stay open a year: the game, not a deadline, says when answers stop. */
export const LIVE_WINDOW_MS = 365 * 24 * 3_600_000;

export interface PlayerIdentity {
	playerId: string;
	attemptId: number;
	/** Given to the player's device once; only its hash is stored. */
	token: string;
}

/**
 * A player's seat in the game, with its attempt in the results model. A signed-in person who joins
 * again (another device) gets the same seat and a new token; the old device's token stops working.
 */
export async function seatPlayer(
	db: Db,
	game: Pick<LiveGame, 'id' | 'roundId'>,
	who: { userId: string | null; name: string; unitId: number | null },
	now = new Date()
): Promise<PlayerIdentity> {
	const token = generateSessionToken();
	const tokenHash = sessionIdOf(token);
	// A guest has no earlier seat to take back: one statement, no transaction (a hall of guests joins at once).
	if (!who.userId) return { ...(await newSeat(db, game, who, tokenHash, now)), token };
	const userId = who.userId;
	return db.transaction(async (tx) => {
		const [seated] = await tx
			.update(livePlayer)
			.set({ tokenHash })
			.where(and(eq(livePlayer.gameId, game.id), eq(livePlayer.userId, userId)))
			.returning({ playerId: livePlayer.id, attemptId: livePlayer.attemptId });
		return { ...(seated ?? (await newSeat(tx, game, who, tokenHash, now))), token };
	});
}

/**
 * An assigned seat, before anyone takes it. A person's seat is theirs, as if they had joined; a team's
 * belongs to no one account (its attempt's user is null, like a guest's): it is the team, known by its
 * `live_player` row, so the results and the plan roll-in count it once, under its name and unit.
 */
export async function assignSeat(tx: Db, game: Pick<LiveGame, 'id' | 'roundId'>, seat: SeatPlan, now: Date) {
	const { playerId } = await newSeat(
		tx,
		game,
		{ userId: seat.team ? null : seat.memberIds[0], name: seat.name, unitId: seat.unitId },
		null,
		now
	);
	await tx.insert(liveSeatMember).values(seat.memberIds.map((userId) => ({ gameId: game.id, userId, playerId })));
}

export interface AssignedSeatTaken extends PlayerIdentity {
	name: string;
	unitName: string | null;
	/** The team's name for a team's seat, null for a person's. */
	team: string | null;
}

/**
 * A listed person takes their seat (a team member, the team's) from this device: a new token for this
 * member only, so the device they used before stops resuming while their teammates' devices keep on.
 * Null when the person is not on the game's roster.
 */
export async function takeAssignedSeat(db: Db, gameId: number, userId: string): Promise<AssignedSeatTaken | null> {
	const token = generateSessionToken();
	const [seat] = await db
		.update(liveSeatMember)
		.set({ tokenHash: sessionIdOf(token) })
		.from(livePlayer)
		.leftJoin(unit, eq(unit.id, livePlayer.unitId))
		.where(and(eq(liveSeatMember.gameId, gameId), eq(liveSeatMember.userId, userId), eq(livePlayer.id, liveSeatMember.playerId)))
		.returning({
			playerId: livePlayer.id,
			attemptId: livePlayer.attemptId,
			name: livePlayer.name,
			unitName: unit.name,
			seatUser: livePlayer.userId
		});
	return seat
		? {
				playerId: seat.playerId,
				attemptId: seat.attemptId,
				token,
				name: seat.name,
				unitName: seat.unitName,
				team: seat.seatUser === null ? seat.name : null
			}
		: null;
}

/** The attempt and the player who plays it, inserted by one statement: all or nothing, one round trip. */
async function newSeat(
	db: Db,
	game: Pick<LiveGame, 'id' | 'roundId'>,
	who: { userId: string | null; name: string; unitId: number | null },
	tokenHash: string | null,
	now: Date
) {
	const seat = db.$with('seat').as(
		db
			.insert(attempt)
			.values({
				roundId: game.roundId,
				userId: who.userId,
				attemptNo: 1,
				seed: 'live',
				startedAt: now,
				deadline: new Date(now.getTime() + LIVE_WINDOW_MS)
			})
			.returning({ id: attempt.id })
	);
	const [player] = await db
		.with(seat)
		.insert(livePlayer)
		.values({
			id: sql`'p' || (select ${seat.id} from ${seat})`,
			gameId: game.id,
			tokenHash,
			userId: who.userId,
			name: who.name,
			unitId: who.unitId,
			attemptId: sql`(select ${seat.id} from ${seat})`
		})
		.returning({ playerId: livePlayer.id, attemptId: livePlayer.attemptId });
	return player;
}

/** The seat a device's token holds: its own (a guest, a person who joined an open game) or a member's. */
export async function playerByToken(db: Db, gameId: number, token: string) {
	const tokenHash = sessionIdOf(token);
	const [found] = await db
		.select({ playerId: livePlayer.id, attemptId: livePlayer.attemptId, userId: livePlayer.userId })
		.from(livePlayer)
		.where(
			and(
				eq(livePlayer.gameId, gameId),
				or(
					eq(livePlayer.tokenHash, tokenHash),
					inArray(
						livePlayer.id,
						db
							.select({ id: liveSeatMember.playerId })
							.from(liveSeatMember)
							.where(and(eq(liveSeatMember.gameId, gameId), eq(liveSeatMember.tokenHash, tokenHash)))
					)
				)
			)
		);
	return found ?? null;
}

/** Player id → attempt id, for writing results. */
export async function attemptsOfPlayers(db: Db, gameId: number): Promise<Map<string, number>> {
	const rows = await db
		.select({ id: livePlayer.id, attemptId: livePlayer.attemptId })
		.from(livePlayer)
		.where(eq(livePlayer.gameId, gameId));
	return new Map(rows.map((r) => [r.id, r.attemptId]));
}
