/**
 * What changes an online attempt: start (or resume) it, save an answer, submit it, close the round's
 * expired ones, count a departure from its page. Every check runs on the server clock and under the
 * attempt's lock; the read model is `attempt-view.ts`.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { DisplayContent } from '$lib/bank/content-split';
import type { QuestionType } from '$lib/bank/question';
import { attemptDeadline, isLate, roundState } from '$lib/contests/deadline';
import { drawQuestions, shuffleOptions } from '$lib/contests/draw';
import { gradeResponse, type Response } from '$lib/contests/grading';
import { toStored } from '$lib/contests/permutation';
import { AppError, type Refusal } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';
import type { Db } from '$lib/server/db';
import { answer, attempt, attemptQuestion, contest, question, questionVersion, round, user } from '$lib/server/db/schema';
import { isCurrentVersion, markVersionsUsed } from '$lib/server/bank/questions';
import { attemptView, type AttemptView } from './attempt-view';
import { scheduleLeaderboardUpdate } from './leaderboard';

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

/**
 * Starts (or resumes) the user's attempt. A per-user transaction lock makes simultaneous starts
 * give one attempt; the unique (round, user, attempt_no) key is the database's own backstop.
 */
export async function startAttempt(db: Db, roundId: number, userId: string, now = new Date()): Promise<number> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${roundId}, hashtext(${userId}))`);
		const r = await getRound(tx, roundId);
		const [owner] = r ? await tx.select({ status: contest.status }).from(contest).where(eq(contest.id, r.contestId)) : [];
		if (!r || owner?.status !== 'open' || roundState(r.opensAt, r.closesAt, now) !== 'open') {
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
		const drawn = drawQuestions(await drawPool(tx, r.bankId), r.blueprint, seed);
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
				deadline: attemptDeadline(now, r.timeLimitSeconds, r.closesAt)
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
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				userId: attempt.userId,
				deadline: attempt.deadline,
				submittedAt: attempt.submittedAt,
				versionId: attemptQuestion.versionId,
				optionOrder: attemptQuestion.optionOrder,
				type: questionVersion.type
			})
			.from(attempt)
			.innerJoin(attemptQuestion, and(eq(attemptQuestion.attemptId, attempt.id), eq(attemptQuestion.position, position)))
			.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
			.where(eq(attempt.id, attemptId))
			.for('update', { of: attempt });
		if (!row || row.userId !== userId) throw new AttemptError('contest.attemptNotFound');
		if (row.submittedAt) throw new AttemptError('contest.submitted');
		if (isLate(row.deadline, now)) throw new AttemptError('contest.late');
		if (KIND_OF[row.type] === null || !(KIND_OF[row.type]! in response)) throw new AttemptError('contest.wrongAnswerKind');
		const stored = toStored(response, row.optionOrder);
		const [kept] = await tx
			.insert(answer)
			.values({ attemptId, versionId: row.versionId, response: stored, savedAt: now, revision })
			.onConflictDoUpdate({
				target: [answer.attemptId, answer.versionId],
				set: { response: stored, savedAt: now, revision },
				setWhere: sql`${answer.revision} is null or excluded.revision is null or ${answer.revision} < excluded.revision`
			})
			.returning({ savedAt: answer.savedAt, revision: answer.revision });
		if (kept) return kept;
		// A newer save was there already: it stays, and this one is acknowledged as overtaken.
		const [newer] = await tx
			.select({ savedAt: answer.savedAt, revision: answer.revision })
			.from(answer)
			.where(and(eq(answer.attemptId, attemptId), eq(answer.versionId, row.versionId)));
		return newer;
	});
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
		for (const k of keys) {
			const grade = gradeResponse(k.key, k.response);
			if (!grade) continue;
			if (grade.correct) correctCount++;
			score += grade.score;
			if (k.response) {
				await tx
					.update(answer)
					.set({ correct: grade.correct, score: grade.score })
					.where(and(eq(answer.attemptId, attemptId), eq(answer.versionId, k.versionId)));
			}
		}
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
	const expired = await db
		.select({ id: attempt.id, userId: user.id })
		.from(attempt)
		.innerJoin(user, eq(user.id, attempt.userId))
		.where(and(eq(attempt.roundId, roundId), isNull(attempt.submittedAt), lt(attempt.deadline, now)));
	for (const a of expired) await submitAttempt(db, a.id, a.userId, null, now);
	if (expired.length > 0) scheduleLeaderboardUpdate(roundId);
	return expired.length;
}

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
