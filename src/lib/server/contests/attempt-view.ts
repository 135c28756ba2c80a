/**
 * The read model of an online attempt: what the participant's screen shows (never a key), and the key
 * with each outcome once the round releases it. Nothing here writes; the commands are in
 * `attempt-commands.ts`.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { displayChoices } from '$lib/bank/content-split';
import type { QuestionType } from '$lib/bank/question';
import { remainingMs } from '$lib/contests/deadline';
import type { Response } from '$lib/contests/grading';
import { toShown } from '$lib/contests/permutation';
import { answersReleased, shownKey, type ShownKey } from '$lib/contests/review';
import type { Db } from '$lib/server/db';
import { prepared } from '$lib/server/db/prepared';
import { answer, attempt, attemptQuestion, questionVersion, round } from '$lib/server/db/schema';

export interface AttemptQuestionView {
	position: number;
	versionId: number;
	type: QuestionType;
	stem: string;
	imageId: string | null;
	/** Options or ordering items, in the order this participant sees them. */
	choices: string[];
	saved: Response | null;
	/** The revision of the saved answer, from which the page's next save counts on. */
	revision: number | null;
}

/** One question's key and outcome, shown only once `answersReleased` allows. */
export interface ReviewItem {
	position: number;
	key: ShownKey | null;
	correct: boolean | null;
	explanation: string;
}

export interface AttemptView {
	id: number;
	roundId: number;
	/** Null only for a live game's guest. */
	userId: string | null;
	deadline: Date;
	remainingMs: number;
	submitted: boolean;
	predictionEnabled: boolean;
	prediction: number | null;
	oneQuestionPerScreen: boolean;
	trackFocus: boolean;
	result: { correctCount: number; score: number; durationMs: number } | null;
	questions: AttemptQuestionView[];
	/** The key and outcomes, once released; null before. */
	review: ReviewItem[] | null;
	/** When the key will be shown, if it will be and is not yet. */
	reviewFrom: Date | null;
}

/** What the participant's screen needs: never a key, never an explanation. */
// A participant's page asks these on every load: prepared once per database.
const attemptWithRound = (db: Db) =>
	prepared(db, 'attempt_with_round', (d, name) =>
		d
			.select({
				attempt,
				predictionEnabled: round.predictionEnabled,
				oneQuestionPerScreen: round.oneQuestionPerScreen,
				trackFocus: round.trackFocus,
				showAnswers: round.showAnswers,
				closesAt: round.closesAt
			})
			.from(attempt)
			.innerJoin(round, eq(round.id, attempt.roundId))
			.where(eq(attempt.id, sql.placeholder('id')))
			.prepare(name)
	);
const attemptQuestions = (db: Db) =>
	prepared(db, 'attempt_questions', (d, name) =>
		d
			.select({
				position: attemptQuestion.position,
				versionId: attemptQuestion.versionId,
				optionOrder: attemptQuestion.optionOrder,
				type: questionVersion.type,
				stem: questionVersion.stem,
				imageId: questionVersion.imageId,
				display: questionVersion.display,
				saved: answer.response,
				revision: answer.revision,
				correct: answer.correct
			})
			.from(attemptQuestion)
			.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
			.leftJoin(answer, and(eq(answer.attemptId, attemptQuestion.attemptId), eq(answer.versionId, attemptQuestion.versionId)))
			.where(eq(attemptQuestion.attemptId, sql.placeholder('id')))
			.orderBy(asc(attemptQuestion.position))
			.prepare(name)
	);

export async function attemptView(db: Db, attemptId: number, now = new Date()): Promise<AttemptView | null> {
	const [a] = await attemptWithRound(db).execute({ id: attemptId });
	if (!a) return null;
	const rows = await attemptQuestions(db).execute({ id: attemptId });
	const submitted = a.attempt.submittedAt !== null;
	const released = answersReleased(a.showAnswers, submitted, a.closesAt, now);
	return {
		id: a.attempt.id,
		roundId: a.attempt.roundId,
		userId: a.attempt.userId,
		deadline: a.attempt.deadline,
		remainingMs: remainingMs(a.attempt.deadline, now),
		submitted,
		predictionEnabled: a.predictionEnabled,
		prediction: a.attempt.prediction,
		oneQuestionPerScreen: a.oneQuestionPerScreen,
		trackFocus: a.trackFocus,
		review: released ? await reviewOf(db, attemptId, rows) : null,
		reviewFrom: submitted && !released && a.showAnswers === 'after_close' ? a.closesAt : null,
		result:
			a.attempt.submittedAt === null
				? null
				: { correctCount: a.attempt.correctCount ?? 0, score: a.attempt.score ?? 0, durationMs: a.attempt.durationMs ?? 0 },
		questions: rows.map((r) => {
			const stored = displayChoices(r.display);
			const choices = r.optionOrder ? r.optionOrder.map((i) => stored[i]) : stored;
			return {
				position: r.position,
				versionId: r.versionId,
				type: r.type,
				stem: r.stem,
				imageId: r.imageId,
				choices,
				saved: r.saved ? toShown(r.saved, r.optionOrder) : null,
				revision: r.revision
			};
		})
	};
}

/** Keys are read only here, and only once released: the participant view above never holds one. */
async function reviewOf(
	db: Db,
	attemptId: number,
	rows: { position: number; versionId: number; optionOrder: number[] | null; correct: boolean | null }[]
): Promise<ReviewItem[]> {
	const keys = await db
		.select({ versionId: questionVersion.id, key: questionVersion.answer, explanation: questionVersion.explanation })
		.from(attemptQuestion)
		.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
		.where(eq(attemptQuestion.attemptId, attemptId));
	const keyOf = new Map(keys.map((k) => [k.versionId, k]));
	return rows.map((r) => {
		const k = keyOf.get(r.versionId)!;
		return { position: r.position, key: shownKey(k.key, r.optionOrder), correct: r.correct ?? false, explanation: k.explanation };
	});
}
