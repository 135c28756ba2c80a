/**
 * Importing questions into a bank: a preview that shows what will be stored (each question's topic,
 * existing or new, and whether it repeats one the file or the bank already has), then a commit in one
 * transaction, all or nothing, that checks both again.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { joinContent, splitContent } from '$lib/bank/content-split';
import { findRepeats, questionKey, stemKey, type Repeat } from '$lib/bank/duplicate-key';
import { MAX_IMPORT_QUESTIONS, type ImportedDrafts } from '$lib/bank/formats/common';
import { QUESTION_COLUMNS } from '$lib/bank/formats/table';
import type { QuestionDraft, QuestionStatus } from '$lib/bank/question';
import type { PlannedTopic } from '$lib/bank/topic-path';
import { searchColumns } from '$lib/bank/word-search';
import { AppError } from '$lib/errors';
import type { RowError, RowNotice } from '$lib/import/row-error';
import type { Db } from '$lib/server/db';
import { question, questionVersion } from '$lib/server/db/schema';
import { isCurrentVersion } from './questions';
import { createImportTopics, planImportTopics } from './topics';

const CHUNK = 500;

/** The keys (`questionKey`) of the bank's questions that share a stem with one of `drafts`. */
async function bankKeys(db: Db, bankId: number, drafts: readonly Pick<QuestionDraft, 'stem'>[]): Promise<Set<string>> {
	const stems = new Set(drafts.map((d) => stemKey(d.stem)));
	const rows = await db.select({ id: question.id, stem: question.stem }).from(question).where(eq(question.bankId, bankId));
	const ids = rows.filter((r) => stems.has(stemKey(r.stem))).map((r) => r.id);
	const keys = new Set<string>();
	for (let start = 0; start < ids.length; start += CHUNK) {
		const versions = await db
			.select({ stem: questionVersion.stem, display: questionVersion.display, answer: questionVersion.answer })
			.from(question)
			.innerJoin(questionVersion, isCurrentVersion)
			.where(inArray(question.id, ids.slice(start, start + CHUNK)));
		for (const v of versions) keys.add(questionKey({ stem: v.stem, content: joinContent(v.display, v.answer) }));
	}
	return keys;
}

export interface PreviewQuestion {
	row: number;
	draft: QuestionDraft;
	/** The topic it goes in, by its path, and whether the import creates it; null for none. */
	topic: { path: string[]; isNew: boolean } | null;
	/** Skipped: the bank has it, or it repeats the question on `row` of the file. */
	repeats: 'bank' | { row: number } | null;
}

export interface ImportPreview {
	questions: PreviewQuestion[];
	notices: RowNotice[];
	/** Topics the import creates, by path. */
	newTopics: string[][];
	/** Problems only the bank can tell (too many questions, a topic name taken); nothing imports. */
	errors: RowError[];
}

const TOPIC_COLUMN = QUESTION_COLUMNS[1];

function topicErrors(drafts: ImportedDrafts['drafts'], topics: Map<string, PlannedTopic>): RowError[] {
	return drafts.flatMap((d) => {
		const planned = topics.get(d.topic);
		if (planned?.kind !== 'taken') return [];
		return [
			{
				row: d.row,
				column: TOPIC_COLUMN,
				message: 'bank.topicTaken' as const,
				params: { name: planned.name, path: planned.path.join(' / ') }
			}
		];
	});
}

const repeatOf = (repeat: Repeat, drafts: ImportedDrafts['drafts']): PreviewQuestion['repeats'] =>
	repeat === null || repeat === 'bank' ? repeat : { row: drafts[repeat].row };

/** What an import of `imported` (read without errors) would store in the bank. */
export async function previewImport(db: Db, bankId: number, imported: ImportedDrafts): Promise<ImportPreview> {
	const { drafts, notices } = imported;
	if (drafts.length > MAX_IMPORT_QUESTIONS) {
		const errors = [
			{
				row: drafts[MAX_IMPORT_QUESTIONS].row,
				message: 'import.tooManyQuestions' as const,
				params: { count: drafts.length, max: MAX_IMPORT_QUESTIONS }
			}
		];
		return { questions: [], notices: [], newTopics: [], errors };
	}
	const repeats = findRepeats(drafts, await bankKeys(db, bankId, drafts));
	const fresh = drafts.filter((_, i) => repeats[i] === null);
	const plan = await planImportTopics(
		db,
		fresh.map((d) => d.topic)
	);
	const questions = drafts.map(({ row, ...draft }, i): PreviewQuestion => {
		const planned = plan.topics.get(draft.topic);
		return {
			row,
			draft,
			topic: planned?.kind === 'topic' ? { path: planned.path, isNew: planned.isNew } : null,
			repeats: repeatOf(repeats[i], drafts)
		};
	});
	const newTopics = [...plan.topics.values()].flatMap((t) => (t.kind === 'topic' && t.isNew ? [t.path] : []));
	const unique = newTopics.filter((path, i) => newTopics.findIndex((p) => p.join('/') === path.join('/')) === i);
	return { questions, notices, newTopics: unique, errors: topicErrors(fresh, plan.topics) };
}

/**
 * Commits an import in one transaction: all questions or none. Repeats are checked again inside it and
 * skipped; topics are created as the preview showed, or, should the topic tree have changed so that a
 * new name is taken, nothing is imported. Rows go in batches, so thousands take seconds, not minutes.
 */
export async function importQuestions(
	db: Db,
	bankId: number,
	drafts: QuestionDraft[],
	authorId: string,
	status: QuestionStatus
): Promise<{ created: number; skipped: number }> {
	return db.transaction(async (tx) => {
		// Two imports into one bank at once would each miss the other's rows when skipping repeats.
		await tx.execute(sql`select pg_advisory_xact_lock(${bankId})`);
		const repeats = findRepeats(drafts, await bankKeys(tx, bankId, drafts));
		const fresh = drafts.filter((_, i) => repeats[i] === null);
		const { plan, idOf } = await createImportTopics(
			tx,
			fresh.map((d) => d.topic)
		);
		if ([...plan.topics.values()].some((t) => t.kind === 'taken')) throw new AppError('import.stale', { status: 409 });
		for (let start = 0; start < fresh.length; start += CHUNK) {
			const chunk = fresh.slice(start, start + CHUNK);
			const rows = chunk.map((d) => ({
				bankId,
				status,
				authorId,
				type: d.content.type,
				stem: d.stem,
				...searchColumns(d.stem, d.content, d.explanation),
				difficulty: d.difficulty,
				tags: d.tags,
				topicId: idOf(d.topic)
			}));
			const inserted = await tx.insert(question).values(rows).returning({ id: question.id, stem: question.stem });
			// PostgreSQL returns rows in VALUES order; checked, since a mismatch would cross keys.
			if (inserted.some((row, i) => row.stem !== chunk[i].stem)) throw new Error('Import rows came back out of order');
			await tx.insert(questionVersion).values(
				chunk.map((d, i) => ({
					questionId: inserted[i].id,
					version: 1,
					type: d.content.type,
					stem: d.stem,
					...splitContent(d.content),
					explanation: d.explanation,
					difficulty: d.difficulty,
					source: d.source,
					tags: d.tags,
					topicId: idOf(d.topic),
					authorId
				}))
			);
		}
		return { created: fresh.length, skipped: drafts.length - fresh.length };
	});
}
