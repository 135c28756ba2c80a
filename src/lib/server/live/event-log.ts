import { and, asc, eq, sql } from 'drizzle-orm';
import { questionAt } from '$lib/live/config';
import type { Effect, GameEvent } from '$lib/live/events';
import { findPlayer, type GameState } from '$lib/live/state';
import type { Db } from '$lib/server/db';
import { answer, attempt, liveEvent, liveGame, livePlayer } from '$lib/server/db/schema';

/**
 * A live game's event log, from which the game is rebuilt, and what each committed batch stores in the
 * results model (answers, outcomes, final standings) in the same transaction.
 */

export async function loadEvents(db: Db, gameId: number): Promise<GameEvent[]> {
	const rows = await db.select({ event: liveEvent.event }).from(liveEvent).where(eq(liveEvent.gameId, gameId)).orderBy(asc(liveEvent.seq));
	return rows.map((r) => r.event);
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
