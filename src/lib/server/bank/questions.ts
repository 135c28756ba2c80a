import { and, desc, eq, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { joinContent, splitContent } from '$lib/bank/content-split';
import type { ParticipantQuestion } from '$lib/bank/participant-view';
import type { Difficulty, QuestionContent, QuestionStatus, QuestionType } from '$lib/bank/question';
import {
	displayTexts,
	encodeCursor,
	excerpt,
	foldWords,
	markWords,
	isCode,
	searchColumns,
	searchPhrase,
	searchWords,
	wordParts,
	type PageCursor,
	type Segment
} from '$lib/bank/word-search';
import { AppError } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { question, questionVersion, topic, user } from '$lib/server/db/schema';
import { likePattern } from '$lib/server/db/search';

/** Joins a question to its current version: the one whose number the question row carries. */
export const isCurrentVersion = and(eq(questionVersion.questionId, question.id), eq(questionVersion.version, question.version));

export interface QuestionInput {
	stem: string;
	content: QuestionContent;
	explanation: string;
	difficulty: Difficulty;
	source: string;
	tags: string[];
	topicId: number | null;
	imageId: string | null;
}

function versionValues(questionId: number, version: number, input: QuestionInput, authorId: string | null) {
	const { display, answer } = splitContent(input.content);
	return {
		questionId,
		version,
		type: input.content.type,
		stem: input.stem,
		display,
		answer,
		explanation: input.explanation,
		difficulty: input.difficulty,
		source: input.source,
		tags: input.tags,
		topicId: input.topicId,
		imageId: input.imageId,
		authorId
	};
}

/** The searchable copy of the current content kept on the question row. */
function currentColumns(input: QuestionInput) {
	return {
		type: input.content.type,
		stem: input.stem,
		...searchColumns(input.stem, input.content, input.explanation),
		difficulty: input.difficulty,
		tags: input.tags,
		topicId: input.topicId,
		updatedAt: new Date()
	};
}

export async function createQuestion(
	db: Db,
	bankId: number,
	input: QuestionInput,
	authorId: string | null,
	status: QuestionStatus = 'draft'
): Promise<number> {
	return db.transaction(async (tx) => {
		const [created] = await tx
			.insert(question)
			.values({ bankId, status, authorId, ...currentColumns(input) })
			.returning({ id: question.id });
		await tx.insert(questionVersion).values(versionValues(created.id, 1, input, authorId));
		return created.id;
	});
}

export interface QuestionDetail extends QuestionInput {
	id: number;
	bankId: number;
	authorId: string | null;
	status: QuestionStatus;
	version: number;
	versionId: number;
	used: boolean;
	topicName: string | null;
	authorName: string | null;
	reviewerName: string | null;
	reviewedAt: Date | null;
	updatedAt: Date;
}

export async function getQuestion(db: Db, id: number): Promise<QuestionDetail | null> {
	const [row] = await db
		.select({
			id: question.id,
			bankId: question.bankId,
			authorId: question.authorId,
			status: question.status,
			version: question.version,
			reviewedAt: question.reviewedAt,
			updatedAt: question.updatedAt,
			topicName: topic.name,
			reviewerName: sql<string | null>`(select ${user.fullName} from ${user} where ${user.id} = ${question.reviewerId})`,
			authorName: sql<string | null>`(select ${user.fullName} from ${user} where ${user.id} = ${question.authorId})`,
			v: questionVersion
		})
		.from(question)
		.innerJoin(questionVersion, isCurrentVersion)
		.leftJoin(topic, eq(topic.id, question.topicId))
		.where(eq(question.id, id));
	if (!row) return null;
	const { v, ...rest } = row;
	return {
		...rest,
		versionId: v.id,
		used: v.usedAt !== null,
		stem: v.stem,
		content: joinContent(v.display, v.answer),
		explanation: v.explanation,
		difficulty: v.difficulty,
		source: v.source,
		tags: v.tags,
		topicId: v.topicId,
		imageId: v.imageId
	};
}

/**
 * Saves an edit. A version some attempt or game has used stays as it was and the edit becomes a new
 * version; an unused one is corrected in place. An approved question edited by someone who cannot
 * approve goes back for review.
 */
export async function updateQuestion(
	db: Db,
	id: number,
	input: QuestionInput,
	actor: { id: string; canApprove: boolean }
): Promise<{ version: number; newVersion: boolean }> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ status: question.status, version: question.version, usedAt: questionVersion.usedAt, versionId: questionVersion.id })
			.from(question)
			.innerJoin(questionVersion, isCurrentVersion)
			.where(eq(question.id, id))
			// Both rows: a start that marks this version used must finish before the edit reads it.
			.for('update', { of: [question, questionVersion] });
		if (!current) throw new AppError('bank.questionNotFound', { status: 404 });
		const newVersion = current.usedAt !== null;
		const version = newVersion ? current.version + 1 : current.version;
		if (newVersion) {
			await tx.insert(questionVersion).values(versionValues(id, version, input, actor.id));
		} else {
			const { questionId: _q, version: _v, ...fields } = versionValues(id, version, input, actor.id);
			await tx.update(questionVersion).set(fields).where(eq(questionVersion.id, current.versionId));
		}
		const status = current.status === 'approved' && !actor.canApprove ? 'pending' : current.status;
		await tx
			.update(question)
			.set({ ...currentColumns(input), version, status })
			.where(eq(question.id, id));
		return { version, newVersion };
	});
}

/**
 * An editor takes back their own draft: deleted with its versions, provided no attempt, game or printed
 * paper has used any of them (then it can only be retired).
 */
export async function deleteOwnDraft(db: Db, id: number, authorId: string): Promise<void> {
	const deleted = await db
		.delete(question)
		.where(
			and(
				eq(question.id, id),
				eq(question.status, 'draft'),
				eq(question.authorId, authorId),
				sql`NOT EXISTS (SELECT 1 FROM ${questionVersion} WHERE ${questionVersion.questionId} = ${question.id} AND ${questionVersion.usedAt} IS NOT NULL)`
			)
		)
		.returning({ id: question.id });
	if (deleted.length === 0) throw new AppError('bank.cannotDeleteDraft', { status: 409 });
}

export interface VersionRecord {
	version: number;
	stem: string;
	imageId: string | null;
	content: QuestionContent;
	explanation: string;
	difficulty: Difficulty;
	source: string;
	tags: string[];
	authorName: string | null;
	createdAt: Date;
	used: boolean;
}

export async function questionHistory(db: Db, id: number): Promise<VersionRecord[]> {
	const rows = await db
		.select({ v: questionVersion, authorName: user.fullName })
		.from(questionVersion)
		.leftJoin(user, eq(user.id, questionVersion.authorId))
		.where(eq(questionVersion.questionId, id))
		.orderBy(desc(questionVersion.version));
	return rows.map(({ v, authorName }) => ({
		version: v.version,
		stem: v.stem,
		imageId: v.imageId,
		content: joinContent(v.display, v.answer),
		explanation: v.explanation,
		difficulty: v.difficulty,
		source: v.source,
		tags: v.tags,
		authorName,
		createdAt: v.createdAt,
		used: v.usedAt !== null
	}));
}

/** Called when an attempt or a game shows these versions: from then on they never change. */
export async function markVersionsUsed(db: Db, versionIds: number[]): Promise<void> {
	if (versionIds.length === 0) return;
	await db
		.update(questionVersion)
		.set({ usedAt: new Date() })
		.where(and(inArray(questionVersion.id, versionIds), sql`${questionVersion.usedAt} IS NULL`));
}

export interface QuestionFilter {
	query?: string;
	topicId?: number;
	type?: QuestionType;
	difficulty?: Difficulty;
	status?: QuestionStatus;
	tag?: string;
	/** Keyset paging: the questions after this one in (closeness, newest first) order. */
	before?: PageCursor;
	limit: number;
}

export interface QuestionRow {
	id: number;
	stem: string;
	type: QuestionType;
	difficulty: Difficulty;
	status: QuestionStatus;
	version: number;
	tags: string[];
	topicName: string | null;
	/** With a word search: the stem with its hits marked, and where the words are outside the stem. */
	marked?: Segment[];
	elsewhere?: Segment[];
}

/**
 * Every word occurs in the question's stem, options or explanation (`matchesWords` of
 * `$lib/bank/word-search`): its letter and digit runs in the GIN-indexed words, a code also as written.
 */
function wordConditions(words: string[]): SQL[] {
	if (words.length === 0) return [];
	const parts = [...new Set(words.flatMap(wordParts))];
	const codes = words.filter(isCode).map((w) => sql`${question.searchText} LIKE ${likePattern(w)}`);
	const array = sql.join(
		parts.map((p) => sql`${p}`),
		sql`, `
	);
	return [sql`${question.searchWords} @> array[${array}]::text[]`, ...codes];
}

export function filterConditions(bankId: number, filter: Omit<QuestionFilter, 'before' | 'limit'>): SQL[] {
	const conditions: SQL[] = [eq(question.bankId, bankId), ...wordConditions(searchWords(filter.query ?? ''))];
	if (filter.topicId) conditions.push(eq(question.topicId, filter.topicId));
	if (filter.type) conditions.push(eq(question.type, filter.type));
	if (filter.difficulty) conditions.push(eq(question.difficulty, filter.difficulty));
	if (filter.status) conditions.push(eq(question.status, filter.status));
	if (filter.tag?.trim()) conditions.push(sql`${question.tags} @> array[${filter.tag.trim()}]::text[]`);
	return conditions;
}

/** `closeness` of `$lib/bank/word-search` in SQL; 0 for every row without words. */
function closenessSql(words: string[]): SQL<number> {
	if (words.length === 0) return sql<number>`0::int`;
	const stem = sql`split_part(${question.searchText}, chr(10), 1)`;
	const phrase = likePattern(searchPhrase(words));
	const everyWordInStem = sql.join(
		words.map((w) => sql`${stem} LIKE ${likePattern(w)}`),
		sql` AND `
	);
	return sql<number>`(CASE WHEN ${stem} LIKE ${phrase} THEN 3 WHEN ${everyWordInStem} THEN 2 WHEN ${question.searchText} LIKE ${phrase} THEN 1 ELSE 0 END)`;
}

/**
 * One page of a bank with the total that matches; bounded work at any bank size. Newest first, or
 * with words closest first; paging is keyset over (closeness, id).
 */
export async function browseQuestions(
	db: Db,
	bankId: number,
	filter: QuestionFilter
): Promise<{ rows: QuestionRow[]; total: number; nextBefore: string | null }> {
	const words = searchWords(filter.query ?? '');
	const rank = closenessSql(words);
	const conditions = filterConditions(bankId, filter);
	const after = filter.before;
	const page = !after
		? conditions
		: words.length
			? [...conditions, sql`(${rank}, ${question.id}) < (${after.rank}, ${after.id})`]
			: [...conditions, lt(question.id, after.id)];
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: question.id,
				stem: question.stem,
				type: question.type,
				difficulty: question.difficulty,
				status: question.status,
				version: question.version,
				tags: question.tags,
				topicName: topic.name,
				rank
			})
			.from(question)
			.leftJoin(topic, eq(topic.id, question.topicId))
			.where(and(...page))
			.orderBy(...(words.length ? [desc(rank)] : []), desc(question.id))
			.limit(filter.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(question)
			.where(and(...conditions))
	]);
	const more = rows.length > filter.limit;
	const shown = more ? rows.slice(0, filter.limit) : rows;
	const last = shown[shown.length - 1];
	const nextBefore = more ? encodeCursor({ rank: last.rank, id: last.id }) : null;
	const marked = words.length ? await markHits(db, shown, words) : shown;
	return { rows: marked.map(({ rank: _rank, ...row }) => row), total, nextBefore };
}

/** Marks the words in each stem, and shows an excerpt of the options or explanation holding the rest. */
async function markHits<R extends { id: number; stem: string }>(db: Db, rows: R[], words: string[]) {
	if (rows.length === 0) return rows;
	const versions = await db
		.select({ id: question.id, display: questionVersion.display, explanation: questionVersion.explanation })
		.from(question)
		.innerJoin(questionVersion, isCurrentVersion)
		.where(
			inArray(
				question.id,
				rows.map((r) => r.id)
			)
		);
	const rest = new Map(versions.map((v) => [v.id, [...displayTexts(v.display), v.explanation].join(' · ')]));
	return rows.map((row) => {
		const stem = foldWords(row.stem);
		const missing = words.filter((w) => !stem.includes(w));
		const outside = missing.length ? excerpt(rest.get(row.id) ?? '', missing) : null;
		return { ...row, marked: markWords(row.stem, words), elsewhere: outside ? markWords(outside, words) : undefined };
	});
}

/** Questions of the bank whose stem reads almost the same (trigram similarity, diacritics ignored). */
export function similarQuestions(
	db: Db,
	bankId: number,
	stem: string,
	exceptId?: number,
	threshold = 0.6
): Promise<{ id: number; stem: string; similarity: number }[]> {
	const score = sql<number>`similarity(f_unaccent(${question.stem}), f_unaccent(${stem}))`;
	const conditions = [eq(question.bankId, bankId), sql`${score} >= ${threshold}`];
	if (exceptId) conditions.push(ne(question.id, exceptId));
	return db
		.select({ id: question.id, stem: question.stem, similarity: score })
		.from(question)
		.where(and(...conditions))
		.orderBy(desc(score))
		.limit(5);
}

export type BulkAction = { kind: 'approve' | 'retire' | 'submit' } | { kind: 'move'; topicId: number | null };

/** Applies one action to the chosen questions of one bank (ids from other banks are ignored). */
export async function bulkUpdate(db: Db, bankId: number, ids: number[], action: BulkAction, actorId: string): Promise<number> {
	if (ids.length === 0) return 0;
	// "Submit for review" moves drafts only: it must not pull approved questions out of draws.
	const where = and(
		eq(question.bankId, bankId),
		inArray(question.id, ids),
		action.kind === 'submit' ? eq(question.status, 'draft') : undefined
	);
	const changes = (() => {
		switch (action.kind) {
			case 'approve':
				return { status: 'approved' as const, reviewerId: actorId, reviewedAt: new Date() };
			case 'retire':
				return { status: 'retired' as const };
			case 'submit':
				return { status: 'pending' as const };
			case 'move':
				return { topicId: action.topicId };
		}
	})();
	const updated = await db.update(question).set(changes).where(where).returning({ id: question.id });
	return updated.length;
}

/** What a participant's browser may receive: display only, no key, no explanation. */
export async function participantView(db: Db, versionIds: number[]): Promise<ParticipantQuestion[]> {
	if (versionIds.length === 0) return [];
	return db
		.select({
			versionId: questionVersion.id,
			type: questionVersion.type,
			stem: questionVersion.stem,
			imageId: questionVersion.imageId,
			display: questionVersion.display
		})
		.from(questionVersion)
		.where(inArray(questionVersion.id, versionIds));
}
