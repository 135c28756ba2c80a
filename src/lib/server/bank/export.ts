import { and, asc } from 'drizzle-orm';
import { joinContent } from '$lib/bank/content-split';
import type { QuestionDraft } from '$lib/bank/question';
import { joinTopicPath, pathOf } from '$lib/bank/topic-path';
import type { Db } from '$lib/server/db';
import { question, questionVersion } from '$lib/server/db/schema';
import { filterConditions, isCurrentVersion, type QuestionFilter } from './questions';
import { browseQuerySchema } from './schemas';
import { listTopics } from './topics';

export interface ExportedQuestion {
	versionId: number;
	draft: QuestionDraft;
}

/**
 * The current version of every question matching the browse filters, oldest first, with its key; its
 * topic as the path from the top of the tree, which an import finds again.
 */
export async function exportableQuestions(
	db: Db,
	bankId: number,
	filter: Omit<QuestionFilter, 'before' | 'limit'> = {}
): Promise<ExportedQuestion[]> {
	const [rows, topics] = await Promise.all([
		db
			.select({ v: questionVersion, topicId: question.topicId })
			.from(question)
			.innerJoin(questionVersion, isCurrentVersion)
			.where(and(...filterConditions(bankId, filter)))
			.orderBy(asc(question.id)),
		listTopics(db)
	]);
	return rows.map(({ v, topicId }) => ({
		versionId: v.id,
		draft: {
			stem: v.stem,
			content: joinContent(v.display, v.answer),
			explanation: v.explanation,
			difficulty: v.difficulty,
			source: v.source,
			tags: v.tags,
			topic: topicId === null ? '' : joinTopicPath(pathOf(topics, topicId))
		}
	}));
}

/** The questions an export link's query (the bank page's filters) names. */
export function exportableFor(db: Db, bankId: number, query: URLSearchParams): Promise<ExportedQuestion[]> {
	const filter = browseQuerySchema.parse(Object.fromEntries(query));
	return exportableQuestions(db, bankId, {
		query: filter.q,
		topicId: filter.topic,
		type: filter.type,
		difficulty: filter.difficulty,
		status: filter.status,
		tag: filter.tag
	});
}
