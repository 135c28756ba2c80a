import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { Timeline } from '$lib/plans/timeline';
import { user } from './auth';
import { createdAt } from './columns';
import { media } from './media';
import { unit } from './units';

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
