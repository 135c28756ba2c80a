/**
 * Setting up online rounds from the organizer's form: create, edit (what a drawn paper depends on is
 * frozen after the first attempt), duplicate, repeat as a series, delete while untouched, archive
 * after. Two organizers saving the same round: the second, made from an older form, is refused.
 */
import { randomBytes } from 'node:crypto';
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { PoolCell } from '$lib/contests/blueprint';
import type { ScopedUser } from '$lib/auth/scope';
import { drawQuestions, type Blueprint } from '$lib/contests/draw';
import { frozenChanges, seriesNames, seriesWindows } from '$lib/contests/round-edit';
import { AppError } from '$lib/errors';
import { canEditBank } from '$lib/server/bank/access';
import { getBank } from '$lib/server/bank/banks';
import type { Db } from '$lib/server/db';
import { attempt, question, questionVersion, round, topic } from '$lib/server/db/schema';
import { drawPoolFor } from './attempt-commands';
import { createRound, type RoundInput } from './contests';
import { refreshDeadlines } from './overrides';
import type { RoundForm } from './round-form';

/** Refused unless the organizer keeps the bank and it can fill the blueprint now (not for every participant later). */
async function checkDrawable(db: Db, organizer: ScopedUser, bankId: number, blueprint: Blueprint): Promise<void> {
	const bank = await getBank(db, bankId);
	if (!bank || !canEditBank(organizer, bank)) throw new AppError('bank.forbidden', { field: 'bankId' });
	const drawn = drawQuestions(await drawPoolFor(db, bank.id, blueprint), blueprint, 'check');
	if (!drawn.ok) {
		const [short] = drawn.shortages;
		throw new AppError('contest.blueprintShort', { field: 'questionCount', params: { row: short.index + 1, available: short.available } });
	}
}

function roundInput(form: RoundForm): RoundInput {
	return {
		name: form.name,
		bankId: form.bankId,
		opensAt: form.opensAt,
		closesAt: form.closesAt,
		timeLimitSeconds: form.timeLimitMinutes * 60,
		blueprint: form.blueprint,
		shuffleQuestions: form.shuffleQuestions,
		shuffleOptions: form.shuffleOptions,
		attemptsAllowed: form.attemptsAllowed,
		countingAttempt: form.countingAttempt,
		showAnswers: form.showAnswers,
		predictionEnabled: form.predictionEnabled,
		oneQuestionPerScreen: form.layout === 'one',
		trackFocus: form.trackFocus,
		prizes: { first: form.first, second: form.second, third: form.third, consolation: form.consolation }
	};
}

export async function createRoundFromForm(db: Db, organizer: ScopedUser, contestId: number, form: RoundForm): Promise<number> {
	await checkDrawable(db, organizer, form.bankId, form.blueprint);
	return createRound(db, contestId, roundInput(form));
}

/** Attempts that count: an organizer's test attempts never freeze a round. */
export async function attemptCount(db: Db, roundId: number): Promise<number> {
	const [{ n }] = await db.select({ n: count() }).from(attempt).where(eq(attempt.roundId, roundId));
	return n;
}

/**
 * Saves an edit made from the form loaded at `form.revision`. After the first attempt the draw's
 * settings may not change (named in the refusal); a moved close or limit moves running deadlines by
 * the rules; answers already saved are never touched.
 */
export async function updateRoundFromForm(db: Db, organizer: ScopedUser, roundId: number, form: RoundForm): Promise<void> {
	const next = roundInput(form);
	await db.transaction(async (tx) => {
		const [current] = await tx.select().from(round).where(eq(round.id, roundId)).for('update');
		if (!current) throw new AppError('errors.notFound', { status: 404 });
		if (form.revision !== current.revision) throw new AppError('contest.staleEdit', { status: 409 });
		const frozen = frozenChanges(current, next, (await attemptCount(tx, roundId)) > 0);
		if (frozen.length) throw new AppError('contest.frozenAfterStart', { params: { fields: frozen.join(', ') } });
		if (next.bankId !== current.bankId || JSON.stringify(next.blueprint) !== JSON.stringify(current.blueprint)) {
			await checkDrawable(tx, organizer, next.bankId, next.blueprint);
		}
		await tx
			.update(round)
			.set({ ...next, revision: sql`${round.revision} + 1` })
			.where(eq(round.id, roundId));
		if (next.closesAt.getTime() !== current.closesAt.getTime()) await refreshDeadlines(tx, roundId);
	});
}

type RoundRow = typeof round.$inferSelect;
const copyOf = ({ id: _id, createdAt: _c, revision: _r, archivedAt: _a, ...settings }: RoundRow) => settings;

/** A copy of a round with a new name, nothing of its attempts. */
export async function duplicateRound(db: Db, roundId: number, name: string): Promise<number> {
	const [source] = await db.select().from(round).where(eq(round.id, roundId));
	if (!source) throw new AppError('errors.notFound', { status: 404 });
	const [created] = await db
		.insert(round)
		.values({ ...copyOf(source), name })
		.returning({ id: round.id });
	return created.id;
}

/**
 * Makes the round the first of a series of `count`: copies at every `intervalDays`, named by counting
 * the first's number up ("Tuần 1" → "Tuần 2" …). A series that would overlap itself is refused.
 */
export async function createSeries(db: Db, roundId: number, total: number, intervalDays: number): Promise<number[]> {
	const [source] = await db.select().from(round).where(eq(round.id, roundId));
	if (!source) throw new AppError('errors.notFound', { status: 404 });
	const windows = seriesWindows(source, total, intervalDays);
	if (!windows) throw new AppError('contest.seriesOverlaps', { field: 'intervalDays' });
	const names = seriesNames(source.name, total);
	if (total === 1) return [];
	const created = await db
		.insert(round)
		.values(windows.slice(1).map((w, i) => ({ ...copyOf(source), ...w, name: names[i + 1] })))
		.returning({ id: round.id });
	return created.map((r) => r.id);
}

/** Deletes a round nobody has started; one with attempts is archived instead (its results stay). */
export async function deleteRound(db: Db, roundId: number): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.select({ id: round.id }).from(round).where(eq(round.id, roundId)).for('update');
		if ((await attemptCount(tx, roundId)) > 0) throw new AppError('contest.roundHasAttempts', { status: 409 });
		await tx.delete(round).where(eq(round.id, roundId));
	});
}

export async function archiveRound(db: Db, roundId: number): Promise<void> {
	await db.update(round).set({ archivedAt: new Date() }).where(eq(round.id, roundId));
}

/** Whether any round of the contest has an attempt. */
export async function contestHasAttempts(db: Db, contestId: number): Promise<boolean> {
	const ids = db.select({ id: round.id }).from(round).where(eq(round.contestId, contestId));
	const [{ n }] = await db
		.select({ n: count() })
		.from(attempt)
		.where(and(inArray(attempt.roundId, ids)));
	return n > 0;
}

/** Drawable questions of each bank by topic and difficulty: what the blueprint matrix counts as it is typed. */
export async function poolCells(db: Db, bankIds: number[]): Promise<Record<number, PoolCell[]>> {
	if (bankIds.length === 0) return {};
	const rows = await db
		.select({ bankId: question.bankId, topicId: question.topicId, difficulty: question.difficulty, count: sql<number>`count(*)::int` })
		.from(question)
		.where(and(inArray(question.bankId, bankIds), eq(question.status, 'approved'), ne(question.type, 'situation')))
		.groupBy(question.bankId, question.topicId, question.difficulty);
	const cells: Record<number, PoolCell[]> = {};
	for (const { bankId, ...cell } of rows) (cells[bankId] ??= []).push(cell);
	return cells;
}

/**
 * Xem thử: one draw as a participant would get it now, for the organizer to read (stems, topic,
 * difficulty); nothing is stored or marked used.
 */
export async function sampleDraw(db: Db, bankId: number, blueprint: Blueprint) {
	const drawn = drawQuestions(await drawPoolFor(db, bankId, blueprint), blueprint, randomBytes(12).toString('base64url'));
	if (!drawn.ok) return null;
	const ids = drawn.picks.map((p) => p.versionId);
	const rows = await db
		.select({ versionId: questionVersion.id, stem: questionVersion.stem, difficulty: questionVersion.difficulty, topic: topic.name })
		.from(questionVersion)
		.leftJoin(topic, eq(topic.id, questionVersion.topicId))
		.where(inArray(questionVersion.id, ids));
	const byId = new Map(rows.map((r) => [r.versionId, r]));
	return ids.map((id) => byId.get(id)!);
}
