import { and, asc, eq } from 'drizzle-orm';
import { joinContent } from '$lib/bank/content-split';
import type { QuestionDraft } from '$lib/bank/question';
import type { Db } from '$lib/server/db';
import { question, questionVersion, topic } from '$lib/server/db/schema';
import { filterConditions, isCurrentVersion, type QuestionFilter } from './questions';

export interface ExportedQuestion {
	versionId: number;
	draft: QuestionDraft;
}

/** The current version of every question matching the browse filters, oldest first, with its key. */
export async function exportableQuestions(
	db: Db,
	bankId: number,
	filter: Omit<QuestionFilter, 'before' | 'limit'> = {}
): Promise<ExportedQuestion[]> {
	const rows = await db
		.select({ v: questionVersion, topicName: topic.name })
		.from(question)
		.innerJoin(questionVersion, isCurrentVersion)
		.leftJoin(topic, eq(topic.id, question.topicId))
		.where(and(...filterConditions(bankId, filter)))
		.orderBy(asc(question.id));
	return rows.map(({ v, topicName }) => ({
		versionId: v.id,
		draft: {
			stem: v.stem,
			content: joinContent(v.display, v.answer),
			explanation: v.explanation,
			difficulty: v.difficulty,
			source: v.source,
			tags: v.tags,
			topic: topicName ?? ''
		}
	}));
}
