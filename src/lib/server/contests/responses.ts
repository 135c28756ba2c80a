/**
 * The organizer's responses report: for each participant's counted attempt, every question drawn, the
 * answer given (in the bank's option order), right or wrong, and when it was saved. On screen for one
 * participant, and for the whole round as .xlsx.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { displayChoices } from '$lib/bank/content-split';
import { responseText } from '$lib/contests/response-text';
import { OUTCOME_TEXT, reviewOutcome, type ReviewOutcome } from '$lib/contests/review';
import { t } from '$lib/i18n';
import { formatDateTimeSeconds } from '$lib/i18n/format';
import type { Db } from '$lib/server/db';
import { answer, attemptQuestion, questionVersion } from '$lib/server/db/schema';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import { roundPrizeResults } from './round-results';

export interface ResponseLine {
	position: number;
	stem: string;
	answer: string;
	outcome: ReviewOutcome;
	savedAt: Date | null;
}

/** Every question of these attempts with its answer, by attempt, in the order each was shown. */
async function responseLines(db: Db, attemptIds: number[]): Promise<Map<number, ResponseLine[]>> {
	const rows = await db
		.select({
			attemptId: attemptQuestion.attemptId,
			position: attemptQuestion.position,
			stem: questionVersion.stem,
			display: questionVersion.display,
			response: answer.response,
			correct: answer.correct,
			savedAt: answer.savedAt
		})
		.from(attemptQuestion)
		.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
		.leftJoin(answer, and(eq(answer.attemptId, attemptQuestion.attemptId), eq(answer.versionId, attemptQuestion.versionId)))
		.where(attemptIds.length ? inArray(attemptQuestion.attemptId, attemptIds) : sql`false`)
		.orderBy(asc(attemptQuestion.attemptId), asc(attemptQuestion.position));
	const byAttempt = new Map<number, ResponseLine[]>();
	for (const r of rows) {
		const lines = byAttempt.get(r.attemptId) ?? [];
		lines.push({
			position: r.position,
			stem: r.stem,
			answer: responseText(r.response, displayChoices(r.display)),
			outcome: reviewOutcome(r.response, r.correct),
			savedAt: r.savedAt
		});
		byAttempt.set(r.attemptId, lines);
	}
	return byAttempt;
}

/** The round's ranked participants, each with the attempt whose responses the report shows. */
export async function rankedParticipants(db: Db, roundId: number) {
	const { ranked, questionCount } = await roundPrizeResults(db, roundId);
	return {
		questionCount,
		participants: ranked.map(({ rank, attemptId, fullName, unitName, correctCount, score }) => ({
			rank,
			attemptId,
			fullName,
			unitName,
			correctCount,
			score
		}))
	};
}

/** One participant's responses in a round: only an attempt that counts in the round's ranking. */
export async function participantResponses(db: Db, roundId: number, attemptId: number) {
	const { participants, questionCount } = await rankedParticipants(db, roundId);
	const participant = participants.find((p) => p.attemptId === attemptId);
	if (!participant) return null;
	const lines = (await responseLines(db, [attemptId])).get(attemptId) ?? [];
	return { participant, questionCount, lines };
}

/** Every ranked participant's responses, one row per question, as .xlsx. */
export async function roundResponsesWorkbook(db: Db, roundId: number): Promise<Buffer> {
	const { participants } = await rankedParticipants(db, roundId);
	const lines = await responseLines(
		db,
		participants.map((p) => p.attemptId)
	);
	return workbookOfSheets([
		{
			name: 'Bài làm',
			list: true,
			headings: ['Hạng', 'Họ và tên', 'Đơn vị', 'Câu', 'Câu hỏi', 'Câu trả lời', 'Kết quả', 'Lưu lúc'],
			rows: participants.flatMap((p) =>
				(lines.get(p.attemptId) ?? []).map((l) => [
					p.rank,
					p.fullName,
					p.unitName,
					l.position + 1,
					l.stem,
					l.answer,
					t(OUTCOME_TEXT[l.outcome]),
					l.savedAt ? formatDateTimeSeconds(l.savedAt) : ''
				])
			)
		}
	]);
}
