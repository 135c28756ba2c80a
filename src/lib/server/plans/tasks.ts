/** A task's page: the task with its plan and units, its status and recorded history, and the tasks a contest may carry out. */
import { asc, desc, eq, like, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopePath, type ScopedUser } from '$lib/auth/scope';
import type { Db } from '$lib/server/db';
import { plan, planTask, taskProgress, unit, user } from '$lib/server/db/schema';
import { period } from '$lib/plans/periods';
import { progressAsOf, taskStatus } from '$lib/plans/status';
import { evidenceOf } from './evidence';
import { contestsSince } from './progress';
import { contestRollIn } from './roll-in';

const planUnit = alias(unit, 'plan_unit');

/** The task with its plan's title, year and unit, and its lead's name (or the group the plan names). */
export async function taskDetails(db: Db, taskId: number) {
	const [found] = await db
		.select({ task: planTask, planTitle: plan.title, planYear: plan.year, planUnitName: planUnit.name, leadName: unit.name })
		.from(planTask)
		.innerJoin(plan, eq(plan.id, planTask.planId))
		.innerJoin(planUnit, eq(planUnit.id, plan.unitId))
		.leftJoin(unit, eq(unit.id, planTask.leadUnitId))
		.where(eq(planTask.id, taskId));
	return found ? { ...found, leadName: found.leadName ?? found.task.leadText } : null;
}

/** Every quarter recorded for the task, latest first, with who recorded it and its evidence files. */
export async function progressHistory(db: Db, taskId: number) {
	const rows = await db
		.select({ progress: taskProgress, recordedByName: user.fullName })
		.from(taskProgress)
		.leftJoin(user, eq(user.id, taskProgress.recordedBy))
		.where(eq(taskProgress.taskId, taskId))
		.orderBy(desc(taskProgress.period));
	const files = await evidenceOf(
		db,
		rows.map((r) => r.progress.id)
	);
	return rows.map(({ progress, recordedByName }) => ({ ...progress, recordedByName, files: files.get(progress.id) ?? [] }));
}

/**
 * What a task's page shows as of `today` ("yyyy-mm-dd" in Vietnam): the task, its status and quantity
 * done, every quarter recorded, and the year's figures of the contests linked to it.
 */
export async function taskOverview(db: Db, taskId: number, today: string) {
	const details = await taskDetails(db, taskId);
	if (!details) return null;
	const { task, planYear } = details;
	const history = await progressHistory(db, taskId);
	const entries = history.map((h) => ({ ...h, hasReport: h.note.trim() !== '' || h.evidenceLinks.length > 0 || h.files.length > 0 }));
	const contestSince = (await contestsSince(db, [taskId])).get(taskId);
	return {
		details,
		history,
		status: taskStatus({ timeline: task.timeline, target: task.targetQuantity, contestSince }, entries, today),
		doneToDate: progressAsOf(entries, today).done,
		rollIn: await contestRollIn(db, taskId, period(planYear, 'Y'))
	};
}

/** Where a user's plans and tasks are: issued or led within their subtree (everything for an admin). */
function withinScope(scoped: ScopedUser): SQL | undefined {
	const within = scopePath(scoped);
	return within === undefined ? undefined : or(like(planUnit.path, `${within}%`), like(unit.path, `${within}%`));
}

/** Tasks a contest may be linked to: those of plans the user keeps or tasks their units lead, newest year first. */
export function linkableTasks(db: Db, scoped: ScopedUser) {
	return db
		.select({
			id: planTask.id,
			stt: planTask.stt,
			content: planTask.content,
			planId: plan.id,
			planTitle: plan.title,
			planUnitName: planUnit.name,
			year: plan.year
		})
		.from(planTask)
		.innerJoin(plan, eq(plan.id, planTask.planId))
		.innerJoin(planUnit, eq(planUnit.id, plan.unitId))
		.leftJoin(unit, eq(unit.id, planTask.leadUnitId))
		.where(withinScope(scoped))
		.orderBy(desc(plan.year), asc(plan.id), asc(planTask.position));
}

/** A task named with its plan, for a contest linked to it. */
export async function taskLabel(db: Db, taskId: number) {
	const [found] = await db
		.select({ id: planTask.id, stt: planTask.stt, content: planTask.content, planTitle: plan.title, year: plan.year })
		.from(planTask)
		.innerJoin(plan, eq(plan.id, planTask.planId))
		.where(eq(planTask.id, taskId));
	return found ?? null;
}
