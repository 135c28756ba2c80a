/**
 * What changes an online attempt: start (or resume) it, save an answer, submit it, close the round's
 * expired ones, count a departure from its page. Every check runs on the server clock and under the
 * attempt's lock; the read model is `attempt-view.ts`.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { DisplayContent } from '$lib/bank/content-split';
import type { QuestionType } from '$lib/bank/question';
import { attemptDeadline, closesAtFor, isLate, roundState } from '$lib/contests/deadline';
import { topicAncestry } from '$lib/contests/blueprint';
import { drawQuestions, shuffleOptions, type Blueprint, type PoolQuestion } from '$lib/contests/draw';
import { gradeResponse, type Response } from '$lib/contests/grading';
import { toStored } from '$lib/contests/permutation';
import { AppError, type Refusal } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';
import type { Db } from '$lib/server/db';
import { answer, attempt, attemptQuestion, contest, question, questionVersion, round, topic } from '$lib/server/db/schema';
import { isCurrentVersion, markVersionsUsed } from '$lib/server/bank/questions';
import { attemptView, type AttemptView } from './attempt-view';
import { scheduleLeaderboardUpdate } from './leaderboard';
import { overrideFor } from './overrides';

/** Each refusal with its status: a window or attempt that has moved on is a conflict. */
const ATTEMPT_ERRORS = {
	'contest.roundNotOpen': { status: 409 },
	'contest.noAttemptsLeft': { status: 409 },
	'contest.notEnoughQuestions': { status: 409 },
	'contest.attemptNotFound': { status: 404 },
	'contest.late': { status: 409 },
	'contest.submitted': { status: 409 },
	'contest.wrongAnswerKind': { status: 400 }
} satisfies Partial<Record<MessageKey, Refusal>>;

export type AttemptErrorCode = keyof typeof ATTEMPT_ERRORS;

export class AttemptError extends AppError<AttemptErrorCode> {
	constructor(code: AttemptErrorCode) {
		super(code, ATTEMPT_ERRORS[code]);
	}
}

type RoundRow = typeof round.$inferSelect;

async function getRound(db: Db, roundId: number): Promise<RoundRow | null> {
	const [found] = await db.select().from(round).where(eq(round.id, roundId));
	return found ?? null;
}

/** The approved current versions of a bank: what a draw may pick from. */
export async function drawPool(db: Db, bankId: number) {
	return (
		db
			.select({
				questionId: question.id,
				versionId: questionVersion.id,
				topicId: question.topicId,
				difficulty: question.difficulty,
				type: question.type
			})
			.from(question)
			.innerJoin(questionVersion, isCurrentVersion)
			// Situation questions are judged on stage, never drawn into an online round.
			.where(and(eq(question.bankId, bankId), eq(question.status, 'approved'), ne(question.type, 'situation')))
	);
}

/** The pool for a blueprint: with each question's topic ancestry when a line names a topic (its subtopics count). */
export async function drawPoolFor(db: Db, bankId: number, blueprint: Blueprint): Promise<PoolQuestion[]> {
	if (blueprint.every((line) => line.topicId === null)) return drawPool(db, bankId);
	const [pool, topics] = await Promise.all([drawPool(db, bankId), db.select({ id: topic.id, parentId: topic.parentId }).from(topic)]);
	return pool.map((q) => ({ ...q, topicPath: topicAncestry(topics, q.topicId) }));
}

/**
 * Starts (or resumes) the user's attempt. A per-user transaction lock makes simultaneous starts
 * give one attempt; the unique (round, user, attempt_no) key is the database's own backstop.
 */
export async function startAttempt(db: Db, roundId: number, userId: string, now = new Date()): Promise<number> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${roundId}, hashtext(${userId}))`);
		const r = await getRound(tx, roundId);
		const [owner] = r ? await tx.select({ status: contest.status }).from(contest).where(eq(contest.id, r.contestId)) : [];
		const override = r ? await overrideFor(tx, roundId, userId) : null;
		if (!r || r.archivedAt || owner?.status !== 'open' || roundState(r.opensAt, closesAtFor(r.closesAt, override), now) !== 'open') {
			throw new AttemptError('contest.roundNotOpen');
		}
		const mine = await tx
			.select({ id: attempt.id, submittedAt: attempt.submittedAt, deadline: attempt.deadline })
			.from(attempt)
			.where(and(eq(attempt.roundId, roundId), eq(attempt.userId, userId)))
			.orderBy(desc(attempt.attemptNo));
		const open = mine.find((a) => a.submittedAt === null && !isLate(a.deadline, now));
		if (open) return open.id;
		if (mine.length >= r.attemptsAllowed) throw new AttemptError('contest.noAttemptsLeft');

		const seed = randomBytes(12).toString('base64url');
		const drawn = drawQuestions(await drawPoolFor(tx, r.bankId, r.blueprint), r.blueprint, seed);
		if (!drawn.ok) throw new AttemptError('contest.notEnoughQuestions');
		const picks = r.shuffleQuestions ? drawn.picks : [...drawn.picks].sort((a, b) => a.questionId - b.questionId);
		const [created] = await tx
			.insert(attempt)
			.values({
				roundId,
				userId,
				attemptNo: mine.length + 1,
				seed,
				startedAt: now,
				deadline: attemptDeadline(now, r.timeLimitSeconds, r.closesAt, override)
			})
			.returning({ id: attempt.id });
		const displays = await tx
			.select({ id: questionVersion.id, display: questionVersion.display })
			.from(questionVersion)
			.where(
				inArray(
					questionVersion.id,
					picks.map((p) => p.versionId)
				)
			);
		const displayOf = new Map(displays.map((d) => [d.id, d.display]));
		await tx.insert(attemptQuestion).values(
			picks.map((p, position) => ({
				attemptId: created.id,
				position,
				versionId: p.versionId,
				optionOrder: r.shuffleOptions ? permutationFor(displayOf.get(p.versionId)!, `${seed}:${position}`) : null
			}))
		);
		await markVersionsUsed(
			tx,
			picks.map((p) => p.versionId)
		);
		return created.id;
	});
}

function itemCount(display: DisplayContent): number {
	if (display.type === 'single' || display.type === 'multiple') return display.options.length;
	if (display.type === 'ordering') return display.items.length;
	return 0;
}

function permutationFor(display: DisplayContent, seed: string): number[] | null {
	const count = itemCount(display);
	return count > 0 ? shuffleOptions(count, seed) : null;
}

const KIND_OF: Record<QuestionType, string | null> = {
	single: 'choice',
	multiple: 'choices',
	true_false: 'value',
	short: 'text',
	ordering: 'order',
	situation: null
};

/**
 * Saves one answer, refused after the deadline (server clock) or once submitted. Resolves only
 * after the row is committed, so an acknowledged answer is never lost. With a `revision` (the online
 * page's, growing per question) it is kept only if newer than the one stored, so a stale request
 * arriving late never overwrites a later choice; the reply names the revision the server holds.
 */
export async function saveAnswer(
	db: Db,
	attemptId: number,
	userId: string,
	position: number,
	response: Response,
	now = new Date(),
	revision: number | null = null
): Promise<{ savedAt: Date; revision: number | null }> {
	const drawn = (await drawnQuestions(db, attemptId)).get(position);
	if (!drawn) throw new AttemptError('contest.attemptNotFound');
	if (KIND_OF[drawn.type] === null || !(KIND_OF[drawn.type]! in response)) throw new AttemptError('contest.wrongAnswerKind');
	const stored = toStored(response, drawn.optionOrder);
	// One statement, the hottest of a contest: it writes only while the attempt is the user's, not
	// submitted and not past its deadline, and it share-locks the attempt's row, so a submit (which locks
	// it for update) either grades this answer or makes this save find the attempt submitted.
	const open = db.$with('open').as(
		db
			.select({ id: attempt.id })
			.from(attempt)
			.where(and(eq(attempt.id, attemptId), eq(attempt.userId, userId), isNull(attempt.submittedAt), gte(attempt.deadline, now)))
			.for('share')
	);
	const [kept] = await db
		.with(open)
		.insert(answer)
		.select((qb) =>
			qb
				.select({
					attemptId: open.id,
					versionId: sql<number>`${drawn.versionId}::int`.as('version_id'),
					response: sql<Response>`${JSON.stringify(stored)}::jsonb`.as('response'),
					savedAt: sql<Date>`${now.toISOString()}::timestamptz`.as('saved_at'),
					revision: sql<number | null>`${revision}::bigint`.as('revision'),
					correct: sql<boolean | null>`null::boolean`.as('correct'),
					score: sql<number | null>`null::real`.as('score')
				})
				.from(open)
		)
		.onConflictDoUpdate({
			target: [answer.attemptId, answer.versionId],
			set: { response: sql`excluded.response`, savedAt: sql`excluded.saved_at`, revision: sql`excluded.revision` },
			setWhere: sql`${answer.revision} is null or excluded.revision is null or ${answer.revision} < excluded.revision`
		})
		.returning({ savedAt: answer.savedAt, revision: answer.revision });
	return kept ?? refusedSave(db, attemptId, userId, drawn.versionId, now);
}

/** Why a save wrote nothing (the rare path): not the user's, submitted, late, or overtaken by a newer save. */
async function refusedSave(db: Db, attemptId: number, userId: string, versionId: number, now: Date) {
	const [a] = await db
		.select({ userId: attempt.userId, deadline: attempt.deadline, submittedAt: attempt.submittedAt })
		.from(attempt)
		.where(eq(attempt.id, attemptId));
	if (!a || a.userId !== userId) throw new AttemptError('contest.attemptNotFound');
	if (a.submittedAt) throw new AttemptError('contest.submitted');
	if (isLate(a.deadline, now)) throw new AttemptError('contest.late');
	// A newer save was there already: it stays, and this one is acknowledged as overtaken.
	const [newer] = await db
		.select({ savedAt: answer.savedAt, revision: answer.revision })
		.from(answer)
		.where(and(eq(answer.attemptId, attemptId), eq(answer.versionId, versionId)));
	return newer;
}

interface Drawn {
	versionId: number;
	optionOrder: number[] | null;
	type: QuestionType;
}
/** At most this many attempts' drawn questions are kept per process (a few hundred bytes each). */
const DRAWN_KEPT = 20_000;
const drawnByDb = new WeakMap<Db, Map<number, Map<number, Drawn>>>();

/**
 * An attempt's drawn questions by position, with their option order and type: fixed once the attempt
 * starts, so each process reads them once per attempt and a save needs no lookup of its own.
 */
async function drawnQuestions(db: Db, attemptId: number): Promise<Map<number, Drawn>> {
	let kept = drawnByDb.get(db);
	if (!kept) drawnByDb.set(db, (kept = new Map()));
	const found = kept.get(attemptId);
	if (found) return found;
	const rows = await db
		.select({
			position: attemptQuestion.position,
			versionId: attemptQuestion.versionId,
			optionOrder: attemptQuestion.optionOrder,
			type: questionVersion.type
		})
		.from(attemptQuestion)
		.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
		.where(eq(attemptQuestion.attemptId, attemptId));
	const drawn = new Map(rows.map(({ position, ...d }) => [position, d]));
	// An attempt with no questions is not kept: it may not exist yet, or ever.
	if (drawn.size === 0) return drawn;
	if (kept.size >= DRAWN_KEPT) kept.delete(kept.keys().next().value!);
	kept.set(attemptId, drawn);
	return drawn;
}

/**
 * Grades and closes an attempt on the server clock. Submitting twice is harmless; a late submit (or
 * none: see `closeExpiredAttempts`) counts what was saved by the deadline, with the deadline as end.
 */
export async function submitAttempt(db: Db, attemptId: number, userId: string, prediction: number | null, now = new Date()): Promise<void> {
	await db.transaction(async (tx) => {
		const [a] = await tx.select().from(attempt).where(eq(attempt.id, attemptId)).for('update');
		if (!a || a.userId !== userId) throw new AttemptError('contest.attemptNotFound');
		if (a.submittedAt) return;
		const [{ predictionEnabled }] = await tx
			.select({ predictionEnabled: round.predictionEnabled })
			.from(round)
			.where(eq(round.id, a.roundId));
		// A prediction counts only where the round asks for one, and only in time: a late submit cannot
		// predict once the number of all-correct participants is known.
		const late = isLate(a.deadline, now);
		const keptPrediction = predictionEnabled && !late ? (prediction ?? a.prediction) : null;
		const keys = await tx
			.select({ versionId: attemptQuestion.versionId, key: questionVersion.answer, response: answer.response })
			.from(attemptQuestion)
			.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
			.leftJoin(answer, and(eq(answer.attemptId, attemptQuestion.attemptId), eq(answer.versionId, attemptQuestion.versionId)))
			.where(eq(attemptQuestion.attemptId, attemptId));
		let correctCount = 0;
		let score = 0;
		const graded: SQL[] = [];
		for (const k of keys) {
			const grade = gradeResponse(k.key, k.response);
			if (!grade) continue;
			if (grade.correct) correctCount++;
			score += grade.score;
			if (k.response) graded.push(sql`(${k.versionId}::int, ${grade.correct}::boolean, ${grade.score}::real)`);
		}
		// Every saved answer's grade in one statement, not one round trip per question.
		if (graded.length)
			await tx.execute(sql`
				update ${answer} set correct = v.correct, score = v.score
				from (values ${sql.join(graded, sql`, `)}) as v(version_id, correct, score)
				where ${answer.attemptId} = ${attemptId} and ${answer.versionId} = v.version_id`);
		const submittedAt = late ? a.deadline : now;
		await tx
			.update(attempt)
			.set({
				submittedAt,
				correctCount,
				score,
				durationMs: submittedAt.getTime() - a.startedAt.getTime(),
				prediction: keptPrediction
			})
			.where(eq(attempt.id, attemptId));
	});
}

/**
 * Submits every attempt of the round whose deadline has passed: the server's automatic submission,
 * run by whoever reads the round's results, so that expired attempts count before anyone sees them.
 * The round's board hears of them.
 */
export async function closeExpiredAttempts(db: Db, roundId: number, now = new Date()): Promise<number> {
	let closed = 0;
	for (;;) {
		// Another reader (another process, in scale-out mode) closing some of them at the same time
		// holds their rows: they are skipped here, so no attempt is graded twice or waited for.
		const batch = await db.transaction(async (tx) => {
			const expired = await tx
				.select({ id: attempt.id, userId: attempt.userId })
				.from(attempt)
				.where(and(eq(attempt.roundId, roundId), isNull(attempt.submittedAt), lt(attempt.deadline, now), isNotNull(attempt.userId)))
				.limit(CLOSE_BATCH)
				.for('update', { skipLocked: true });
			for (const a of expired) await submitAttempt(tx, a.id, a.userId!, null, now);
			return expired.length;
		});
		closed += batch;
		if (batch < CLOSE_BATCH) break;
	}
	if (closed > 0) scheduleLeaderboardUpdate(roundId);
	return closed;
}
/** Expired attempts closed per transaction, so a round closing on thousands holds no lock for long. */
const CLOSE_BATCH = 100;

/** The participant's attempt as their page shows it: past the deadline, the server submits what was saved first. */
export async function closedIfExpired(db: Db, view: AttemptView, userId: string): Promise<AttemptView> {
	if (view.submitted || view.remainingMs > 0) return view;
	await submitAttempt(db, view.id, userId, null);
	scheduleLeaderboardUpdate(view.roundId);
	return (await attemptView(db, view.id))!;
}

/** Counts one departure from the attempt's page, where the round tracks them and the attempt is still running. */
export async function recordFocusLoss(db: Db, attemptId: number, now = new Date()): Promise<boolean> {
	const counted = await db
		.update(attempt)
		.set({ focusLosses: sql`${attempt.focusLosses} + 1` })
		.where(
			and(
				eq(attempt.id, attemptId),
				isNull(attempt.submittedAt),
				gt(attempt.deadline, now),
				sql`exists (select 1 from ${round} where ${round.id} = ${attempt.roundId} and ${round.trackFocus})`
			)
		)
		.returning({ id: attempt.id });
	return counted.length > 0;
}
