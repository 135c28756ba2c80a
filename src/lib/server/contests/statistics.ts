import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { AnswerKey, DisplayContent } from '$lib/bank/content-split';
import { countingAttempts } from '$lib/contests/counting';
import type { Response } from '$lib/contests/grading';
import {
	printableSummary,
	roundStatistics,
	type CountingAttempt,
	type QuestionInfo,
	type RoundStatistics
} from '$lib/contests/item-statistics';
import type { Db } from '$lib/server/db';
import { answer, attempt, attemptQuestion, question, questionVersion, round, topic, unit, user } from '$lib/server/db/schema';
import { closeExpiredAttempts } from './attempt-commands';

/** The options a choice response picked, in stored order (answers are stored unshuffled). */
function chosenOptions(response: Response | null): number[] | null {
	if (!response) return null;
	if ('choice' in response) return [response.choice];
	if ('choices' in response) return response.choices;
	return null;
}

function choiceOptions(display: DisplayContent, key: AnswerKey): QuestionInfo['options'] {
	if (display.type === 'single' && key.type === 'single') return { texts: display.options, correct: [key.correct] };
	if (display.type === 'multiple' && key.type === 'multiple') return { texts: display.options, correct: key.correct };
	return null;
}

type RoundRules = Pick<typeof round.$inferSelect, 'id' | 'opensAt' | 'closesAt' | 'blueprint' | 'countingAttempt'>;

/**
 * Everything the organizer dashboard shows about one round, from the attempts that count (one per
 * participant: best, first or last as the round says) and the questions they drew.
 */
export async function loadRoundStatistics(db: Db, r: RoundRules, now = new Date()): Promise<RoundStatistics> {
	const roundId = r.id;
	// Expired attempts count as submitted before anyone reads the results.
	await closeExpiredAttempts(db, roundId, now);
	// Neither read needs the other: the submitted attempts, and the questions they drew.
	const [submitted, drawn] = await Promise.all([
		db
			.select({
				id: attempt.id,
				participantId: user.id,
				attemptNo: attempt.attemptNo,
				correctCount: attempt.correctCount,
				durationMs: attempt.durationMs,
				submittedAt: attempt.submittedAt,
				unitId: unit.id,
				unitName: unit.name
			})
			.from(attempt)
			.innerJoin(user, eq(user.id, attempt.userId))
			.innerJoin(unit, eq(unit.id, user.unitId))
			.where(and(eq(attempt.roundId, roundId), isNotNull(attempt.submittedAt)))
			.orderBy(asc(attempt.id)),
		// Every drawn question of the round's submitted attempts, with its answer if one was saved.
		db
			.select({
				attemptId: attemptQuestion.attemptId,
				position: attemptQuestion.position,
				versionId: attemptQuestion.versionId,
				response: answer.response,
				correct: answer.correct,
				score: answer.score
			})
			.from(attemptQuestion)
			.innerJoin(attempt, eq(attempt.id, attemptQuestion.attemptId))
			.leftJoin(answer, and(eq(answer.attemptId, attemptQuestion.attemptId), eq(answer.versionId, attemptQuestion.versionId)))
			.where(and(eq(attempt.roundId, roundId), isNotNull(attempt.submittedAt)))
	]);
	const counting = countingAttempts(
		submitted.map((a) => ({ ...a, correctCount: a.correctCount ?? 0, durationMs: a.durationMs ?? 0 })),
		r.countingAttempt
	);
	const answersOf = new Map<number, CountingAttempt['answers']>(counting.map((a) => [a.id, []]));
	for (const d of drawn) {
		answersOf.get(d.attemptId)?.push({
			questionId: d.versionId,
			position: d.position,
			score: d.score ?? 0,
			correct: d.correct ?? false,
			chosen: chosenOptions(d.response)
		});
	}

	const versionIds = [...new Set(drawn.map((d) => d.versionId))];
	const versions = versionIds.length
		? await db
				.select({
					id: questionVersion.id,
					stem: questionVersion.stem,
					display: questionVersion.display,
					key: questionVersion.answer,
					topic: topic.name
				})
				.from(questionVersion)
				.innerJoin(question, eq(question.id, questionVersion.questionId))
				.leftJoin(topic, eq(topic.id, question.topicId))
				.where(inArray(questionVersion.id, versionIds))
				.orderBy(asc(questionVersion.questionId), asc(questionVersion.version))
		: [];

	const stats = roundStatistics({
		attempts: counting.map((a) => ({
			unit: { id: a.unitId, name: a.unitName },
			submittedAt: a.submittedAt!,
			answers: answersOf.get(a.id)!
		})),
		questions: versions.map((v) => ({
			id: v.id,
			stem: v.stem,
			topic: v.topic,
			options: choiceOptions(v.display, v.key)
		})),
		questionCount: r.blueprint.reduce((total, line) => total + line.count, 0),
		opensAt: r.opensAt,
		closesAt: r.closesAt,
		now
	});
	return { ...stats, summary: printableSummary(stats.summary) };
}
