import { sql } from 'drizzle-orm';
import {
	check,
	customType,
	date,
	index,
	integer,
	boolean,
	jsonb,
	pgTable,
	primaryKey,
	real,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { Difficulty, QuestionStatus, QuestionType } from '$lib/bank/question';
import type { AnswerKey, DisplayContent } from '$lib/bank/content-split';
import type { CountingMode } from '$lib/contests/counting';
import type { Blueprint } from '$lib/contests/draw';
import type { Response } from '$lib/contests/grading';
import type { PrizeCounts } from '$lib/contests/ranking';
import type { UnitKind } from '$lib/units/kinds';
import type { Role } from '$lib/auth/roles';
import type { Timeline } from '$lib/plans/timeline';
import type { ShowAnswers } from '$lib/contests/review';
import type { GameConfig } from '$lib/live/config';
import type { GameEvent } from '$lib/live/events';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Units form a tree. `path` is the materialised list of ancestor ids ("/1/4/17/") so that a subtree
 * is one indexed `LIKE '/1/4/%'`, which is what every unit-scoped permission asks.
 */
export const unit = pgTable(
	'unit',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		name: text('name').notNull(),
		kind: text('kind').$type<UnitKind>().notNull(),
		code: text('code').notNull(),
		parentId: integer('parent_id').references((): AnyPgColumn => unit.id, { onDelete: 'restrict' }),
		path: text('path').notNull(),
		headcount: integer('headcount').notNull().default(0),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('unit_code_key').on(t.code),
		index('unit_parent_idx').on(t.parentId),
		index('unit_path_idx').on(t.path.op('text_pattern_ops')),
		index('unit_name_trgm').using('gin', sql`f_unaccent(${t.name}) gin_trgm_ops`),
		check('unit_headcount_nonnegative', sql`${t.headcount} >= 0`)
	]
);

export const user = pgTable(
	'user',
	{
		id: text('id').primaryKey(),
		fullName: text('full_name').notNull(),
		birthDate: date('birth_date', { mode: 'string' }),
		phone: text('phone').notNull(),
		email: text('email'),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'restrict' }),
		role: text('role').$type<Role>().notNull().default('participant'),
		passwordHash: text('password_hash').notNull(),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('user_phone_key').on(t.phone),
		uniqueIndex('user_email_key').on(t.email),
		index('user_unit_idx').on(t.unitId),
		index('user_name_trgm').using('gin', sql`f_unaccent(${t.fullName}) gin_trgm_ops`)
	]
);

/** A session row stores only the SHA-256 of the cookie's token (Lucia's design). */
export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Uploaded pictures (a question's illustration), kept in the database so both engines and backups hold them. */
export const media = pgTable('media', {
	id: text('id').primaryKey(),
	mime: text('mime').notNull(),
	bytes: bytea('bytes').notNull(),
	size: integer('size').notNull(),
	uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: createdAt()
});

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
		index('question_stem_trgm').using('gin', sql`f_unaccent(${t.stem}) gin_trgm_ops`)
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
		createdAt: createdAt()
	},
	(t) => [
		index('round_contest_idx').on(t.contestId),
		check('round_window', sql`${t.closesAt} > ${t.opensAt}`),
		check('round_limits', sql`${t.timeLimitSeconds} > 0 AND ${t.attemptsAllowed} >= 1`)
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
		correct: boolean('correct'),
		score: real('score')
	},
	(t) => [primaryKey({ columns: [t.attemptId, t.versionId] })]
);

/**
 * A yearly communication plan (Kế hoạch thông tin, tuyên truyền CCHC năm N) issued by a unit. Its
 * sections are formatted text; its annex is `plan_task`. A district's or department's plan may be
 * derived from the province's (`parent_id`).
 */
export const plan = pgTable(
	'plan',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'restrict' }),
		year: integer('year').notNull(),
		/** Số / ký hiệu, e.g. "105/KH-UBND"; empty while a draft. */
		number: text('number').notNull().default(''),
		issuedOn: date('issued_on', { mode: 'string' }),
		title: text('title').notNull(),
		/** Căn cứ: the legal bases, as formatted text. */
		basis: text('basis').notNull().default(''),
		/** I. Mục đích, yêu cầu. */
		purpose: text('purpose').notNull().default(''),
		/** II. Nội dung, hình thức. */
		content: text('content').notNull().default(''),
		/** Tổ chức thực hiện. */
		organization: text('organization').notNull().default(''),
		/** Kinh phí. */
		funding: text('funding').notNull().default(''),
		parentId: integer('parent_id').references((): AnyPgColumn => plan.id, { onDelete: 'set null' }),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('plan_unit_year_idx').on(t.unitId, t.year),
		uniqueIndex('plan_parent_unit_key').on(t.parentId, t.unitId),
		check('plan_year_range', sql`${t.year} BETWEEN 2000 AND 2100`)
	]
);

/** A numbered group of tasks in the annex ("I. Nhiệm vụ chung"). */
export const planSection = pgTable(
	'plan_section',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		label: text('label').notNull().default(''),
		title: text('title').notNull()
	},
	(t) => [uniqueIndex('plan_section_position_key').on(t.planId, t.position)]
);

/**
 * One task of a plan's annex. The product's target is null when the plan sets no number (the task is
 * done when marked so). `timeline` is the parsed value, `timeline_text` what the plan wrote; `starts_on`
 * and `ends_on` are its span, kept for period queries. The lead is a unit, or only text when the plan
 * names a group ("Các sở, ban, ngành").
 */
export const planTask = pgTable(
	'plan_task',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		sectionId: integer('section_id').references(() => planSection.id, { onDelete: 'set null' }),
		position: integer('position').notNull(),
		stt: text('stt').notNull().default(''),
		content: text('content').notNull(),
		productKind: text('product_kind').notNull().default(''),
		productDetail: text('product_detail').notNull().default(''),
		targetQuantity: integer('target_quantity'),
		productUnit: text('product_unit').notNull().default(''),
		timeline: jsonb('timeline').$type<Timeline>().notNull(),
		timelineText: text('timeline_text').notNull().default(''),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		leadUnitId: integer('lead_unit_id').references(() => unit.id, { onDelete: 'restrict' }),
		leadText: text('lead_text').notNull().default(''),
		partnersText: text('partners_text').notNull().default(''),
		note: text('note').notNull().default(''),
		/** The province's task this one was copied from, in a derived plan. */
		sourceTaskId: integer('source_task_id').references((): AnyPgColumn => planTask.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('plan_task_position_key').on(t.planId, t.position),
		index('plan_task_lead_idx').on(t.leadUnitId),
		index('plan_task_source_idx').on(t.sourceTaskId),
		check('plan_task_target_nonnegative', sql`${t.targetQuantity} IS NULL OR ${t.targetQuantity} >= 0`),
		check('plan_task_span', sql`${t.startsOn} <= ${t.endsOn}`)
	]
);

/** Cơ quan phối hợp of a task; a co-lead is a second lead unit named beside the first. */
export const planTaskPartner = pgTable(
	'plan_task_partner',
	{
		taskId: integer('task_id')
			.notNull()
			.references(() => planTask.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'restrict' }),
		coLead: boolean('co_lead').notNull().default(false)
	},
	(t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('plan_task_partner_unit_idx').on(t.unitId)]
);

/**
 * Progress of a task in one quarter (`period` "2021-Q2"): the quantity done in that quarter, whether
 * the task is finished, a note and links to evidence. One row per task and quarter, rewritten on edit.
 */
export const taskProgress = pgTable(
	'task_progress',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		taskId: integer('task_id')
			.notNull()
			.references(() => planTask.id, { onDelete: 'cascade' }),
		period: text('period').notNull(),
		doneQuantity: integer('done_quantity').notNull().default(0),
		completed: boolean('completed').notNull().default(false),
		note: text('note').notNull().default(''),
		evidenceLinks: jsonb('evidence_links').$type<string[]>().notNull().default([]),
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('task_progress_task_period_key').on(t.taskId, t.period),
		check('task_progress_done_nonnegative', sql`${t.doneQuantity} >= 0`)
	]
);

/** Files attached as evidence to a progress report, stored in `media` like question pictures. */
export const taskEvidence = pgTable(
	'task_evidence',
	{
		progressId: integer('progress_id')
			.notNull()
			.references(() => taskProgress.id, { onDelete: 'cascade' }),
		mediaId: text('media_id')
			.notNull()
			.references(() => media.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull()
	},
	(t) => [primaryKey({ columns: [t.progressId, t.mediaId] })]
);

export type LiveGameStatus = 'lobby' | 'running' | 'ended';

/**
 * A live stage game. Its configuration (questions with their keys) never leaves the server; its
 * state is rebuilt after a restart by replaying `live_event`. Results go to its `round` (kind live).
 */
export const liveGame = pgTable(
	'live_game',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		contestId: integer('contest_id')
			.notNull()
			.references(() => contest.id, { onDelete: 'cascade' }),
		roundId: integer('round_id')
			.notNull()
			.references(() => round.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		pin: text('pin').notNull(),
		/** Guests with a nickname may join (youth-union games); otherwise signed-in people of the contest. */
		guests: boolean('guests').notNull().default(false),
		/** Only the people the organizer assigned to seats (`live_seat_member`) may play. */
		assigned: boolean('assigned').notNull().default(false),
		status: text('status').$type<LiveGameStatus>().notNull().default('lobby'),
		config: jsonb('config').$type<GameConfig>().notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		endedAt: timestamp('ended_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('live_game_active_pin_key')
			.on(t.pin)
			.where(sql`${t.status} <> 'ended'`)
	]
);

/**
 * A player of a live game: a durable token (only its hash stored) brings them back after a drop. An
 * assigned seat is created with its game and has no token of its own: its members' devices hold theirs
 * in `live_seat_member`. A team's seat has no user: it is the team, named by its name.
 */
export const livePlayer = pgTable(
	'live_player',
	{
		id: text('id').primaryKey(),
		gameId: integer('game_id')
			.notNull()
			.references(() => liveGame.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash'),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		unitId: integer('unit_id').references(() => unit.id, { onDelete: 'set null' }),
		attemptId: integer('attempt_id')
			.notNull()
			.references(() => attempt.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('live_player_token_key').on(t.tokenHash), uniqueIndex('live_player_game_user_key').on(t.gameId, t.userId)]
);

/**
 * A person the organizer assigned to a seat (alone, or one of a team): the key is one seat per person
 * per game. Each member's own device holds its own token, so teammates on their phones never push one
 * another out; joining again from another device replaces only that member's token.
 */
export const liveSeatMember = pgTable(
	'live_seat_member',
	{
		gameId: integer('game_id')
			.notNull()
			.references(() => liveGame.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		playerId: text('player_id')
			.notNull()
			.references(() => livePlayer.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash')
	},
	(t) => [
		primaryKey({ columns: [t.gameId, t.userId] }),
		index('live_seat_member_player_idx').on(t.playerId),
		uniqueIndex('live_seat_member_token_key').on(t.tokenHash)
	]
);

/** Every event the game accepted, in order: committed before its effects (acknowledgements) go out. */
export const liveEvent = pgTable(
	'live_event',
	{
		gameId: integer('game_id')
			.notNull()
			.references(() => liveGame.id, { onDelete: 'cascade' }),
		seq: integer('seq').notNull(),
		event: jsonb('event').$type<GameEvent>().notNull()
	},
	(t) => [primaryKey({ columns: [t.gameId, t.seq] })]
);

export type Unit = typeof unit.$inferSelect;
export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
