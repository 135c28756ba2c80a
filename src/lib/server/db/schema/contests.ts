import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	real,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { CountingMode } from '$lib/contests/counting';
import type { Blueprint } from '$lib/contests/draw';
import type { Response } from '$lib/contests/grading';
import type { PrizeCounts } from '$lib/contests/ranking';
import type { ShowAnswers } from '$lib/contests/review';
import { user } from './auth';
import { bank, questionVersion } from './bank';
import { createdAt } from './columns';
import { planTask } from './plans';
import { unit } from './units';

export type ContestStatus = 'draft' | 'open' | 'closed';
export type RoundKind = 'online' | 'live';
export type { ShowAnswers };

/** An online contest (cuộc thi): who runs it, who may take part (a unit subtree), its rules. */
export const contest = pgTable('contest', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	title: text('title').notNull(),
	rules: text('rules').notNull().default(''),
	organizerUnitId: integer('organizer_unit_id')
		.notNull()
		.references(() => unit.id, { onDelete: 'restrict' }),
	scopeUnitId: integer('scope_unit_id')
		.notNull()
		.references(() => unit.id, { onDelete: 'restrict' }),
	status: text('status').$type<ContestStatus>().notNull().default('draft'),
	leaderboardPublic: boolean('leaderboard_public').notNull().default(false),
	createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
	/** The plan task this contest carries out: its results roll into that task's reports. */
	planTaskId: integer('plan_task_id').references((): AnyPgColumn => planTask.id, { onDelete: 'set null' }),
	/** Grows with every edit: a save made from an older form is refused instead of overwriting. */
	revision: integer('revision').notNull().default(1),
	/** Set instead of deleting once people have taken part: kept for results, hidden from lists. */
	archivedAt: timestamp('archived_at', { withTimezone: true }),
	createdAt: createdAt()
});

/** A round (đợt / tuần): its window, time limit, blueprint over one bank, and its rules of play. */
export const round = pgTable(
	'round',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		contestId: integer('contest_id')
			.notNull()
			.references(() => contest.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		bankId: integer('bank_id')
			.notNull()
			.references(() => bank.id, { onDelete: 'restrict' }),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		timeLimitSeconds: integer('time_limit_seconds').notNull(),
		blueprint: jsonb('blueprint').$type<Blueprint>().notNull(),
		shuffleQuestions: boolean('shuffle_questions').notNull().default(true),
		shuffleOptions: boolean('shuffle_options').notNull().default(true),
		attemptsAllowed: integer('attempts_allowed').notNull().default(1),
		countingAttempt: text('counting_attempt').$type<CountingMode>().notNull().default('best'),
		showAnswers: text('show_answers').$type<ShowAnswers>().notNull().default('after_close'),
		predictionEnabled: boolean('prediction_enabled').notNull().default(true),
		/** `live`: the results of a stage game (`live_game`), not taken online. */
		kind: text('kind').$type<RoundKind>().notNull().default('online'),
		/** One question per screen with a navigator, instead of all questions on one page. */
		oneQuestionPerScreen: boolean('one_question_per_screen').notNull().default(false),
		/** Count how often a participant leaves the attempt's tab, for organizers to see. */
		trackFocus: boolean('track_focus').notNull().default(false),
		prizes: jsonb('prizes').$type<PrizeCounts>().notNull(),
		/** Grows with every edit: a save made from an older form is refused instead of overwriting. */
		revision: integer('revision').notNull().default(1),
		/** Set instead of deleting once people have taken part: no more attempts, results kept. */
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		index('round_contest_idx').on(t.contestId),
		check('round_window', sql`${t.closesAt} > ${t.opensAt}`),
		check('round_limits', sql`${t.timeLimitSeconds} > 0 AND ${t.attemptsAllowed} >= 1`)
	]
);

/**
 * A later close or extra minutes in one round for one participant or for everyone of one unit's
 * subtree (Moodle's overrides), with the reason; applied by `$lib/contests/deadline`.
 */
export const roundOverride = pgTable(
	'round_override',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		roundId: integer('round_id')
			.notNull()
			.references(() => round.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id').references(() => unit.id, { onDelete: 'cascade' }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		extraSeconds: integer('extra_seconds').notNull().default(0),
		reason: text('reason').notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('round_override_user_key').on(t.roundId, t.userId),
		uniqueIndex('round_override_unit_key').on(t.roundId, t.unitId),
		check('round_override_target', sql`(${t.userId} IS NULL) <> (${t.unitId} IS NULL)`),
		check('round_override_extra', sql`${t.extraSeconds} >= 0`)
	]
);

/**
 * One participant's attempt at a round. The server fixes its questions, order and deadline at the
 * start; the unique (round, user, attempt_no) key lets the database, not only code, refuse extra
 * attempts.
 */
export const attempt = pgTable(
	'attempt',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		roundId: integer('round_id')
			.notNull()
			.references(() => round.id, { onDelete: 'cascade' }),
		/** Null for a guest of a live game, who is known by `live_player` only. */
		userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
		attemptNo: integer('attempt_no').notNull(),
		seed: text('seed').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
		deadline: timestamp('deadline', { withTimezone: true }).notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		correctCount: integer('correct_count'),
		score: real('score'),
		durationMs: integer('duration_ms'),
		prediction: integer('prediction'),
		focusLosses: integer('focus_losses').notNull().default(0),
		/** A live game's final rank (score alone, ties shared); online rounds rank by `roundRanking`. */
		liveRank: integer('live_rank')
	},
	(t) => [
		uniqueIndex('attempt_round_user_no_key').on(t.roundId, t.userId, t.attemptNo),
		index('attempt_round_submitted_idx').on(t.roundId, t.submittedAt),
		check('attempt_no_positive', sql`${t.attemptNo} >= 1`)
	]
);

/** The questions drawn for an attempt, in the order shown, with each one's option permutation. */
export const attemptQuestion = pgTable(
	'attempt_question',
	{
		attemptId: integer('attempt_id')
			.notNull()
			.references(() => attempt.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		versionId: integer('version_id')
			.notNull()
			.references(() => questionVersion.id, { onDelete: 'restrict' }),
		optionOrder: integer('option_order').array()
	},
	(t) => [primaryKey({ columns: [t.attemptId, t.position] }), uniqueIndex('attempt_question_version_key').on(t.attemptId, t.versionId)]
);

/** The latest saved answer to one question of an attempt; graded when the attempt is submitted. */
export const answer = pgTable(
	'answer',
	{
		attemptId: integer('attempt_id')
			.notNull()
			.references(() => attempt.id, { onDelete: 'cascade' }),
		versionId: integer('version_id')
			.notNull()
			.references(() => questionVersion.id, { onDelete: 'restrict' }),
		response: jsonb('response').$type<Response>().notNull(),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
		/**
		 * The online page's revision of this answer (it only grows per question): a save is kept only if
		 * newer, so a late request never overwrites a later choice. Null for answers saved without one.
		 */
		revision: bigint('revision', { mode: 'number' }),
		correct: boolean('correct'),
		score: real('score')
	},
	(t) => [primaryKey({ columns: [t.attemptId, t.versionId] })]
);
