import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AnswerKey, DisplayContent } from '$lib/bank/content-split';
import type { Difficulty, QuestionStatus, QuestionType } from '$lib/bank/question';
import { user } from './auth';
import { createdAt } from './columns';
import { media } from './media';
import { unit } from './units';

/** Topics (chủ đề) are shared by every bank: the PAR areas, seeded by a migration. */
export const topic = pgTable(
	'topic',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		name: text('name').notNull(),
		parentId: integer('parent_id').references((): AnyPgColumn => topic.id, { onDelete: 'restrict' }),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [uniqueIndex('topic_name_key').on(t.name)]
);

/** A question bank belongs to a unit; editors and organizers of that unit's subtree keep it. */
export const bank = pgTable(
	'bank',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'restrict' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('bank_unit_idx').on(t.unitId)]
);

/**
 * A question is the stable identity plus its current content, copied from its newest version so that
 * filters and search read one table. Results point at `question_version`, never at this row.
 */
export const question = pgTable(
	'question',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		bankId: integer('bank_id')
			.notNull()
			.references(() => bank.id, { onDelete: 'restrict' }),
		topicId: integer('topic_id').references(() => topic.id, { onDelete: 'set null' }),
		status: text('status').$type<QuestionStatus>().notNull().default('draft'),
		version: integer('version').notNull().default(1),
		type: text('type').$type<QuestionType>().notNull(),
		stem: text('stem').notNull(),
		/** Stem, options and explanation folded for word search, and their words (`$lib/bank/word-search`). */
		searchText: text('search_text').notNull().default(''),
		searchWords: text('search_words')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		difficulty: text('difficulty').$type<Difficulty>().notNull(),
		tags: text('tags')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		reviewerId: text('reviewer_id').references(() => user.id, { onDelete: 'set null' }),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('question_bank_id_idx').on(t.bankId, t.id),
		index('question_bank_status_idx').on(t.bankId, t.status, t.id),
		index('question_bank_topic_idx').on(t.bankId, t.topicId, t.id),
		index('question_tags_idx').using('gin', t.tags),
		index('question_stem_trgm').using('gin', sql`f_unaccent(${t.stem}) gin_trgm_ops`),
		index('question_search_words_idx').using('gin', t.searchWords)
	]
);

/**
 * Every version of a question's content, immutable once an attempt or game has used it (`usedAt`).
 * `display` is what a participant may see; `answer` is the key, which never leaves the server early.
 */
export const questionVersion = pgTable(
	'question_version',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		questionId: integer('question_id')
			.notNull()
			.references(() => question.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		type: text('type').$type<QuestionType>().notNull(),
		stem: text('stem').notNull(),
		display: jsonb('display').$type<DisplayContent>().notNull(),
		answer: jsonb('answer').$type<AnswerKey>().notNull(),
		explanation: text('explanation').notNull().default(''),
		difficulty: text('difficulty').$type<Difficulty>().notNull(),
		source: text('source').notNull().default(''),
		tags: text('tags')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		topicId: integer('topic_id').references(() => topic.id, { onDelete: 'set null' }),
		imageId: text('image_id').references(() => media.id, { onDelete: 'restrict' }),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('question_version_key').on(t.questionId, t.version)]
);
