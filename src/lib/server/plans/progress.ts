/**
 * Progress of plan tasks, recorded per quarter by the lead unit, and the task board: every task of a
 * unit subtree with its status for a date or a report period (rule in `$lib/plans/status`).
 */
import { and, asc, eq, inArray, isNull, like, min, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { compareVi } from '$lib/i18n/text';
import { isActiveIn, period as periodOf, periodId, quartersOf, recordableQuarters, vietnamDate, type Period } from '$lib/plans/periods';
import { progressAsOf, taskStatus, type ProgressEntry, type TaskStatus } from '$lib/plans/status';
import type { Db } from '$lib/server/db';
import { contest, plan, planTask, round, taskEvidence, taskProgress, unit } from '$lib/server/db/schema';
import type { BoardFilters } from './board-query';
import { PlanError } from './plans';

/** The plan's issuing unit, beside the task's lead unit in one query. */
const planUnit = alias(unit, 'plan_unit');

export interface ProgressInput {
	/** A quarter's id, "2021-Q2". */
	period: string;
	doneQuantity: number;
	completed: boolean;
	note: string;
	evidenceLinks: string[];
}

/** The task with what guards and checks need: its plan’s year, the plan’s unit path and its lead’s path. */
export async function getTask(db: Db, taskId: number) {
	const [found] = await db
		.select({ task: planTask, year: plan.year, planUnitPath: planUnit.path, leadPath: unit.path })
		.from(planTask)
		.innerJoin(plan, eq(plan.id, planTask.planId))
		.innerJoin(planUnit, eq(planUnit.id, plan.unitId))
		.leftJoin(unit, eq(unit.id, planTask.leadUnitId))
		.where(eq(planTask.id, taskId));
	return found ?? null;
}

const isWebLink = (link: string) => {
	try {
		return ['http:', 'https:'].includes(new URL(link).protocol);
	} catch {
		return false;
	}
};

/**
 * Records (or rewrites) a task's progress for one quarter, and returns the record's id (evidence files
 * attach to it). The quarter must fall in the plan's year or in a year the task's timeline covers
 * ("Tháng 12/2020" in a 2021 plan).
 */
export async function recordProgress(db: Db, taskId: number, input: ProgressInput, recordedBy: string): Promise<number> {
	const found = await getTask(db, taskId);
	if (!found) throw new PlanError('plans.taskNotFound');
	const quarter = recordableQuarters(found.year, found.task).find((q) => periodId(q) === input.period);
	if (!quarter) throw new PlanError('plans.notQuarter');
	const badLink = input.evidenceLinks.find((link) => !isWebLink(link));
	if (badLink !== undefined) throw new PlanError('plans.badEvidenceLink', { params: { value: badLink } });
	const values = {
		doneQuantity: input.doneQuantity,
		completed: input.completed,
		note: input.note,
		evidenceLinks: input.evidenceLinks,
		recordedBy,
		recordedAt: new Date()
	};
	const [saved] = await db
		.insert(taskProgress)
		.values({ taskId, period: periodId(quarter), ...values })
		.onConflictDoUpdate({ target: [taskProgress.taskId, taskProgress.period], set: values })
		.returning({ id: taskProgress.id });
	return saved.id;
}

export type RecordedProgress = ProgressEntry & { id: number; note: string; evidenceLinks: string[]; files: number };

/** Each task's recorded quarters, as the status rule reads them, with how many files back each one. */
export async function progressOf(db: Db, taskIds: number[]): Promise<Map<number, RecordedProgress[]>> {
	const rows = taskIds.length
		? await db
				.select({
					progress: taskProgress,
					files: sql<number>`(select count(*)::int from ${taskEvidence} where ${taskEvidence.progressId} = ${taskProgress.id})`
				})
				.from(taskProgress)
				.where(inArray(taskProgress.taskId, taskIds))
				.orderBy(asc(taskProgress.period))
		: [];
	const byTask = new Map<number, RecordedProgress[]>();
	for (const { progress: row, files } of rows) {
		const entry = {
			id: row.id,
			period: row.period,
			doneQuantity: row.doneQuantity,
			completed: row.completed,
			hasReport: row.note.trim() !== '' || row.evidenceLinks.length > 0 || files > 0,
			note: row.note,
			evidenceLinks: row.evidenceLinks,
			files
		};
		byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), entry]);
	}
	return byTask;
}

/** For each task with a linked contest, the Vietnamese day that contest first opened a round. */
export async function contestsSince(db: Db, taskIds: number[]): Promise<Map<number, string>> {
	const rows = taskIds.length
		? await db
				.select({ taskId: contest.planTaskId, first: min(round.opensAt) })
				.from(round)
				.innerJoin(contest, eq(contest.id, round.contestId))
				.where(inArray(contest.planTaskId, taskIds))
				.groupBy(contest.planTaskId)
		: [];
	return new Map(rows.flatMap(({ taskId, first }) => (taskId === null || first === null ? [] : [[taskId, vietnamDate(new Date(first))]])));
}

export interface TaskBoardRow {
	id: number;
	planId: number;
	planTitle: string;
	planNumber: string;
	planUnitName: string;
	stt: string;
	content: string;
	productKind: string;
	productUnit: string;
	target: number | null;
	timelineText: string;
	startsOn: string;
	endsOn: string;
	leadUnitId: number | null;
	leadName: string;
	/** Done in the period's own quarters (the whole record without a period). */
	doneInPeriod: number;
	/** Done from the start up to the date the status is for. */
	doneToDate: number;
	status: TaskStatus;
}

export interface BoardQuery {
	/** The unit subtree: tasks it leads, and tasks its plans leave to a group of units. */
	unitPath?: string;
	/** One plan's tasks only (its board); with `unitPath`, those of the subtree. */
	planId?: number;
	year: number;
	/** A report period; without one, the status is as of `today`. */
	period?: Period;
	/** "yyyy-mm-dd" in Vietnam, the date statuses are computed for when no period has ended. */
	today: string;
}

/**
 * Tasks of the year's plans in a unit subtree, with their status. For a period: the tasks running in
 * it, and earlier tasks still not done when it ends (they stay on the board as overdue).
 */
export async function taskBoard(db: Db, query: BoardQuery): Promise<TaskBoardRow[]> {
	const rows = await db
		.select({
			task: planTask,
			planTitle: plan.title,
			planNumber: plan.number,
			planUnitName: planUnit.name,
			leadName: unit.name
		})
		.from(planTask)
		.innerJoin(plan, eq(plan.id, planTask.planId))
		.innerJoin(planUnit, eq(planUnit.id, plan.unitId))
		.leftJoin(unit, eq(unit.id, planTask.leadUnitId))
		.where(
			and(
				eq(plan.year, query.year),
				query.planId === undefined ? undefined : eq(planTask.planId, query.planId),
				query.unitPath === undefined
					? undefined
					: or(like(unit.path, `${query.unitPath}%`), and(isNull(planTask.leadUnitId), like(planUnit.path, `${query.unitPath}%`)))
			)
		)
		.orderBy(asc(plan.id), asc(planTask.position));
	const taskIds = rows.map((r) => r.task.id);
	const [progress, since] = await Promise.all([progressOf(db, taskIds), contestsSince(db, taskIds)]);
	const { period, today } = query;
	const asOf = period && period.end < today ? period.end : today;
	const inPeriod = period ? new Set(quartersOf(period).map(periodId)) : null;
	return rows.flatMap(({ task, planTitle, planNumber, planUnitName, leadName }) => {
		const entries = progress.get(task.id) ?? [];
		const status = taskStatus({ timeline: task.timeline, target: task.targetQuantity, contestSince: since.get(task.id) }, entries, asOf);
		const carriedOver = period && task.endsOn < period.start && status !== 'done';
		if (period && !isActiveIn(task.timeline, period) && !carriedOver) return [];
		return [
			{
				id: task.id,
				planId: task.planId,
				planTitle,
				planNumber,
				planUnitName,
				stt: task.stt,
				content: task.content,
				productKind: task.productKind,
				productUnit: task.productUnit,
				target: task.targetQuantity,
				timelineText: task.timelineText,
				startsOn: task.startsOn,
				endsOn: task.endsOn,
				leadUnitId: task.leadUnitId,
				leadName: leadName ?? task.leadText,
				doneInPeriod: entries.filter((e) => !inPeriod || inPeriod.has(e.period)).reduce((sum, e) => sum + e.doneQuantity, 0),
				doneToDate: progressAsOf(entries, asOf).done,
				status
			}
		];
	});
}

/** One plan's board for the filters (a period, one lead unit), with the lead units on it to filter by. */
export async function planBoard(db: Db, p: { id: number; year: number }, filters: BoardFilters, today: string) {
	const rows = await taskBoard(db, { planId: p.id, year: p.year, period: filters.period && periodOf(p.year, filters.period), today });
	const leads = new Map(rows.flatMap((r) => (r.leadUnitId === null ? [] : [[r.leadUnitId, r.leadName] as const])));
	return {
		tasks: filters.unit ? rows.filter((r) => r.leadUnitId === filters.unit) : rows,
		leads: [...leads].map(([id, name]) => ({ id, name })).sort((a, b) => compareVi(a.name, b.name))
	};
}
