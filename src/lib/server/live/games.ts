import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { questionAt, type GameConfig } from '$lib/live/config';
import type { Effect, GameEvent } from '$lib/live/events';
import { findPlayer, type GameState } from '$lib/live/state';
import { generateSessionToken, sessionIdOf } from '$lib/server/auth/session';
import type { Db } from '$lib/server/db';
import { answer, attempt, liveEvent, liveGame, livePlayer, liveSeatMember, round, unit } from '$lib/server/db/schema';
import type { SeatPlan } from './roster';

/** Storage of live games: creation, players and their durable tokens, the event log, the results model. */

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

const DAY = 24 * 3_600_000;
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
						closesAt: new Date(now.getTime() + 365 * DAY),
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

export async function loadEvents(db: Db, gameId: number): Promise<GameEvent[]> {
	const rows = await db.select({ event: liveEvent.event }).from(liveEvent).where(eq(liveEvent.gameId, gameId)).orderBy(asc(liveEvent.seq));
	return rows.map((r) => r.event);
}

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
async function assignSeat(tx: Db, game: Pick<LiveGame, 'id' | 'roundId'>, seat: SeatPlan, now: Date) {
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
				deadline: new Date(now.getTime() + 365 * DAY)
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

export interface LoggedEvent {
	seq: number;
	event: GameEvent;
	effects: readonly Effect[];
}

/**
 * Commits a batch of accepted events and what they store in the results model, in one transaction:
 * once this resolves, every answer in the batch is safe and may be acknowledged.
 */
export async function commitBatch(
	db: Db,
	gameId: number,
	batch: readonly LoggedEvent[],
	attemptOf: (playerId: string) => number | undefined,
	state: GameState,
	now = new Date()
) {
	await db.transaction(async (tx) => {
		await tx.insert(liveEvent).values(batch.map((b) => ({ gameId, seq: b.seq, event: b.event })));
		const effects = batch.flatMap((b) => b.effects);
		const answers = effects.flatMap((e) => {
			const attemptId = e.type === 'persistAnswer' ? attemptOf(e.playerId) : undefined;
			return e.type === 'persistAnswer' && attemptId !== undefined
				? [{ attemptId, versionId: e.versionId, response: e.response as never, savedAt: new Date(e.at) }]
				: [];
		});
		if (answers.length) await tx.insert(answer).values(answers).onConflictDoNothing();
		for (const e of effects) {
			if (e.type === 'questionSkipped') await voidAnswers(tx, gameId, questionAt(state.config, e.position).versionId);
			if (e.type === 'persistResults') await storeResults(tx, e, attemptOf, now);
			if (e.type === 'persistStandings') await storeStandings(tx, e.standings, attemptOf, state);
		}
		if (batch.some((b) => b.event.type === 'start'))
			await tx
				.update(liveGame)
				.set({ status: 'running' })
				.where(and(eq(liveGame.id, gameId), eq(liveGame.status, 'lobby')));
		if (effects.some((e) => e.type === 'ended'))
			await tx.update(liveGame).set({ status: 'ended', endedAt: now }).where(eq(liveGame.id, gameId));
	});
}

/** A skipped question counts for nobody: the answers already stored for it go. */
async function voidAnswers(tx: Db, gameId: number, versionId: number) {
	await tx.execute(sql`
		delete from ${answer} where ${answer.versionId} = ${versionId}
		and ${answer.attemptId} in (select ${livePlayer.attemptId} from ${livePlayer} where ${livePlayer.gameId} = ${gameId})`);
}

/**
 * A question's outcome per player, on the answers stored for it. A player the question was put to
 * (any who could answer on a device; on stage whoever the host or judges scored) keeps a row, with an
 * empty response when the outcome came without a device answer: a device question let pass is a wrong
 * answer, as reports of weak topics need. One the question was not put to (not their buzz, already
 * out, not yet joined) gets none.
 */
async function storeResults(
	tx: Db,
	e: Extract<Effect, { type: 'persistResults' }>,
	attemptOf: (playerId: string) => number | undefined,
	now: Date
) {
	const graded = e.rows.flatMap((r) => {
		const attemptId = attemptOf(r.playerId);
		return attemptId === undefined || (r.correct === null && r.points === 0) ? [] : [{ attemptId, correct: r.correct, points: r.points }];
	});
	if (!graded.length) return;
	await tx
		.insert(answer)
		.values(
			graded.map((r) => ({
				attemptId: r.attemptId,
				versionId: e.versionId,
				response: { text: '' },
				savedAt: now,
				correct: r.correct,
				score: r.points
			}))
		)
		.onConflictDoUpdate({
			target: [answer.attemptId, answer.versionId],
			set: { correct: sql`excluded.correct`, score: sql`excluded.score` }
		});
}

/** The final standings into the players' attempts, in one statement: what reports and exports read. */
async function storeStandings(
	tx: Db,
	standings: Extract<Effect, { type: 'persistStandings' }>['standings'],
	attemptOf: (playerId: string) => number | undefined,
	state: GameState
) {
	const rows = standings.flatMap((s) => {
		const attemptId = attemptOf(s.playerId);
		const ms = Math.round(findPlayer(state, s.playerId)?.answerMs ?? 0);
		return attemptId === undefined ? [] : [sql`(${attemptId}::int, ${s.score}::real, ${s.correctCount}::int, ${s.rank}::int, ${ms}::int)`];
	});
	if (!rows.length) return;
	await tx.execute(sql`
		update ${attempt} set score = v.score, correct_count = v.correct, live_rank = v.rank, duration_ms = v.ms, submitted_at = now()
		from (values ${sql.join(rows, sql`, `)}) as v(id, score, correct, rank, ms)
		where ${attempt.id} = v.id`);
}

export async function gamesOfContest(db: Db, contestId: number) {
	return db.select().from(liveGame).where(eq(liveGame.contestId, contestId)).orderBy(asc(liveGame.id));
}
