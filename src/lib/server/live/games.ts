import { randomInt } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { GameConfig } from '$lib/live/config';
import type { Db } from '$lib/server/db';
import { liveGame, round } from '$lib/server/db/schema';
import type { SeatPlan } from './roster';
import { assignSeat, LIVE_WINDOW_MS } from './seats';

/** Storage of live games themselves: creation with their round, and finding them by id, PIN or status. */

export type LiveGame = typeof liveGame.$inferSelect;

export interface NewLiveGame {
	contestId: number;
	bankId: number;
	title: string;
	guests: boolean;
	config: GameConfig;
	createdBy: string;
	/** The assigned seats; none: anyone the game lets in may join. */
	seats?: SeatPlan[];
}

const PIN_TRIES = 20;

/** A 6-digit PIN no other unfinished game holds (the partial unique index is the judge). */
const randomPin = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * Creates a game and the `live` round its results go to. The round's window only records when the
 * game was set up; a live round never appears among the online rounds. Assigned seats are created
 * with the game, each with its attempt, so the host knows them before anyone joins.
 */
export async function createLiveGame(db: Db, input: NewLiveGame, now = new Date()): Promise<LiveGame> {
	for (let tries = 0; ; tries++) {
		try {
			return await db.transaction(async (tx) => {
				const [r] = await tx
					.insert(round)
					.values({
						contestId: input.contestId,
						name: input.title,
						kind: 'live',
						bankId: input.bankId,
						opensAt: now,
						closesAt: new Date(now.getTime() + LIVE_WINDOW_MS),
						timeLimitSeconds: 1,
						blueprint: [],
						predictionEnabled: false,
						showAnswers: 'never',
						prizes: { first: 1, second: 1, third: 1, consolation: 0 }
					})
					.returning({ id: round.id });
				const seats = input.seats ?? [];
				const [game] = await tx
					.insert(liveGame)
					.values({
						contestId: input.contestId,
						roundId: r.id,
						title: input.title,
						pin: randomPin(),
						guests: input.guests,
						assigned: seats.length > 0,
						config: input.config,
						createdBy: input.createdBy
					})
					.returning();
				for (const seat of seats) await assignSeat(tx, game, seat, now);
				return game;
			});
		} catch (e) {
			const duplicatePin = String((e as { cause?: { message?: string } }).cause?.message ?? e).includes('live_game_active_pin_key');
			if (!duplicatePin || tries >= PIN_TRIES) throw e;
		}
	}
}

export async function getLiveGame(db: Db, id: number): Promise<LiveGame | null> {
	const [found] = await db.select().from(liveGame).where(eq(liveGame.id, id));
	return found ?? null;
}

export async function activeGameByPin(db: Db, pin: string): Promise<LiveGame | null> {
	const [found] = await db
		.select()
		.from(liveGame)
		.where(and(eq(liveGame.pin, pin), ne(liveGame.status, 'ended')));
	return found ?? null;
}

export function runningGameIds(db: Db) {
	return db.select({ id: liveGame.id }).from(liveGame).where(eq(liveGame.status, 'running'));
}
