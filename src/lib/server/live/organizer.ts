import { and, asc, desc, eq, inArray, isNull, like, ne, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors';
import type { SessionUser } from '$lib/server/auth/session';
import { listBanksFor } from '$lib/server/bank/banks';
import { contestsRunBy } from '$lib/server/contests/contests';
import type { Db } from '$lib/server/db';
import { contest, liveGame, round, unit, user } from '$lib/server/db/schema';
import { createLiveGame, type LiveGame } from './games';
import type { GameForm, GameFormErrors } from './game-form';
import { resolveRoster, type SeatPlan } from './roster';
import { gameConfigFrom, GameSetupError } from './setup';

/** What organizers and judges do with live games outside the game itself: list, set up, choose judges. */

export interface GameListing {
	id: number;
	title: string;
	pin: string;
	status: LiveGame['status'];
	guests: boolean;
	assigned: boolean;
	contestTitle: string;
	createdAt: Date;
	archivedAt: Date | null;
}

const listing = {
	id: liveGame.id,
	title: liveGame.title,
	pin: liveGame.pin,
	status: liveGame.status,
	guests: liveGame.guests,
	assigned: liveGame.assigned,
	contestTitle: contest.title,
	createdAt: liveGame.createdAt,
	archivedAt: liveGame.archivedAt
};

/** Games of the contests an organizer's unit subtree runs (every game for an admin), newest first. */
export function gamesRunBy(db: Db, runner: Pick<SessionUser, 'role' | 'unitPath'>): Promise<GameListing[]> {
	const query = db
		.select(listing)
		.from(liveGame)
		.innerJoin(contest, eq(contest.id, liveGame.contestId))
		.innerJoin(unit, eq(unit.id, contest.organizerUnitId))
		.orderBy(desc(liveGame.id));
	return runner.role === 'admin' ? query : query.where(like(unit.path, `${runner.unitPath}%`));
}

/** Unfinished games a judge sits on, newest first. */
export function gamesJudgedBy(db: Db, judgeId: string): Promise<GameListing[]> {
	return db
		.select(listing)
		.from(liveGame)
		.innerJoin(contest, eq(contest.id, liveGame.contestId))
		.where(and(ne(liveGame.status, 'ended'), sql`${liveGame.config}->'judges' @> ${JSON.stringify([{ id: judgeId }])}::jsonb`))
		.orderBy(desc(liveGame.id));
}

/** Everyone who may sit on a panel: active accounts with the judge role, wherever their unit. */
export function judgeOptions(db: Db) {
	return db
		.select({ id: user.id, name: user.fullName, unitName: unit.name })
		.from(user)
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(and(eq(user.role, 'judge'), isNull(user.disabledAt)))
		.orderBy(asc(user.fullName), asc(user.id));
}

/**
 * Sets up a game from the organizer's form: the contest must be one they run, the bank one they may
 * use, the judges real judges, the assigned contestants active accounts in the contest's scope; each part takes
 * its questions from the bank. Returns the game, or the errors by field, a part's own errors under
 * "segments.<row>", the roster's by line. Nothing is stored unless everything is right.
 */
export async function createGameFromForm(
	db: Db,
	organizer: SessionUser,
	form: GameForm
): Promise<{ game: LiveGame } | { errors: GameFormErrors }> {
	const checked = await checkGameForm(db, organizer, form);
	if ('errors' in checked) return checked;
	try {
		const config = await gameConfigFrom(db, form.bankId, form.segments, [...new Set(form.judges)], form.graceSec);
		const game = await createLiveGame(db, {
			contestId: form.contestId,
			bankId: form.bankId,
			title: form.title,
			guests: form.guests,
			config,
			createdBy: organizer.id,
			seats: checked.seats
		});
		return { game };
	} catch (error) {
		if (!(error instanceof GameSetupError)) throw error;
		return { errors: { [error.field]: [error.code] } };
	}
}

/** What a game form needs checked against the database: the contest, the bank, the judges, the roster. */
async function checkGameForm(db: Db, organizer: SessionUser, form: GameForm): Promise<{ errors: GameFormErrors } | { seats: SeatPlan[] }> {
	const contests = await contestsRunBy(db, organizer.role === 'admin' ? null : organizer.unitPath);
	if (!contests.some((c) => c.id === form.contestId)) return { errors: { contestId: ['live.form.contestRequired'] } };
	if (!(await listBanksFor(db, organizer)).some((b) => b.id === form.bankId)) return { errors: { bankId: ['live.form.bankRequired'] } };
	const judges = new Set((await judgeOptions(db)).map((j) => j.id));
	if (!form.judges.every((id) => judges.has(id))) return { errors: { judges: ['live.form.judgeInvalid'] } };
	const roster = await resolveRoster(db, form.roster, form.contestId);
	if ('errors' in roster) return { errors: { roster: roster.errors } };
	return { seats: roster.seats };
}

/**
 * Edits a game still in the lobby from the same form: its title, who may join, the judges, the grace
 * period and the parts (their questions drawn again from the bank). The contest and an assigned roster
 * stay as they were set up; once the game has started it is refused.
 */
export async function updateGameFromForm(
	db: Db,
	organizer: SessionUser,
	game: Pick<LiveGame, 'id' | 'roundId' | 'contestId' | 'assigned'>,
	form: GameForm
): Promise<{ errors?: GameFormErrors }> {
	if (form.contestId !== game.contestId) return { errors: { contestId: ['live.form.contestFixed'] } };
	if (game.assigned && (form.guests || form.roster.length)) return { errors: { roster: ['live.form.rosterFixed'] } };
	const checked = await checkGameForm(db, organizer, form);
	if ('errors' in checked) return checked;
	if (checked.seats.length) return { errors: { roster: ['live.form.rosterFixed'] } };
	try {
		const config = await gameConfigFrom(db, form.bankId, form.segments, [...new Set(form.judges)], form.graceSec);
		const updated = await db.transaction(async (tx) => {
			const rows = await tx
				.update(liveGame)
				.set({ title: form.title, guests: form.guests, config })
				.where(and(eq(liveGame.id, game.id), eq(liveGame.status, 'lobby')))
				.returning({ id: liveGame.id });
			if (rows.length) await tx.update(round).set({ name: form.title, bankId: form.bankId }).where(eq(round.id, game.roundId));
			return rows.length > 0;
		});
		if (!updated) throw new AppError('live.manage.notEditable', { status: 409 });
		return {};
	} catch (error) {
		if (!(error instanceof GameSetupError)) throw error;
		return { errors: { [error.field]: [error.code] } };
	}
}

/**
 * Deletes a game that never started, with its live round (its seats, their attempts, its log go with
 * it); a game that started keeps its results and is refused.
 */
export async function deleteUnstartedGame(db: Db, game: Pick<LiveGame, 'id' | 'roundId'>): Promise<void> {
	const deleted = await db
		.delete(round)
		.where(
			and(
				eq(round.id, game.roundId),
				inArray(
					round.id,
					db
						.select({ id: liveGame.roundId })
						.from(liveGame)
						.where(and(eq(liveGame.id, game.id), eq(liveGame.status, 'lobby')))
				)
			)
		)
		.returning({ id: round.id });
	if (deleted.length === 0) throw new AppError('live.manage.notDeletable', { status: 409 });
}

/** Puts an ended game away (off the list unless asked for), or back; its results stay as they are. */
export async function archiveEndedGame(db: Db, gameId: number, archived: boolean, now = new Date()): Promise<void> {
	const updated = await db
		.update(liveGame)
		.set({ archivedAt: archived ? now : null })
		.where(and(eq(liveGame.id, gameId), eq(liveGame.status, 'ended')))
		.returning({ id: liveGame.id });
	if (updated.length === 0) throw new AppError('live.manage.notArchivable', { status: 409 });
}
