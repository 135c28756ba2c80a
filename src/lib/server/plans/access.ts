/**
 * Who may do what with plans. Organizers keep the plans issued within their unit subtree (admins all)
 * and read their reports. Progress is recorded by the task's lead unit: its organizers and editors
 * (the staff who write the articles, hold the classes and run the contests), and those of the units
 * above it, who answer for it. Participants and judges have no part in plans.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { hasRole, PLAN_ROLES, TASK_ROLES } from '$lib/auth/roles';
import { managesUnit, type ScopedUser } from '$lib/auth/scope';
import { isWithin } from '$lib/units/tree';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { period, QUARTERS, vietnamDate } from '$lib/plans/periods';
import { getUnit } from '$lib/server/units/service';
import { boardFilters } from './board-query';
import { getPlan } from './plans';
import { getTask } from './progress';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

/** Who keeps a plan: an organizer of its issuing unit's subtree, or an admin. */
export const keepsPlan = (user: ScopedUser, plan: { unitPath: string }): boolean =>
	hasRole(user, PLAN_ROLES) && managesUnit(user, plan.unitPath);

/**
 * The plans a user may derive their own from: those of the units above them (a province's, for its
 * districts and departments) and those within their subtree (a province organizer deriving for a district).
 */
export const derivesFrom = (user: ScopedUser, plan: { unitPath: string }): boolean =>
	user.role === 'admin' || isWithin(user.unitPath, plan.unitPath) || isWithin(plan.unitPath, user.unitPath);

/** The plan in the URL, for one who keeps it. */
export async function requirePlan(event: Event) {
	const user = requireRole(event, ...PLAN_ROLES);
	const found = await getPlan(db(), idParam(event.params.planId));
	if (!found) error(404, { message: 'errors.notFound' });
	if (!keepsPlan(user, found)) error(403, { message: 'errors.forbidden' });
	return { user, ...found };
}

interface TaskScope {
	/** The lead unit's path; null when the plan names a group of units as lead. */
	leadPath: string | null;
	planUnitPath: string;
}

/** The lead unit's people record its progress; a task led by a group is recorded by the plan's unit. */
export const recordsTask = (user: ScopedUser, task: TaskScope): boolean => managesUnit(user, task.leadPath ?? task.planUnitPath);

/** Those who record a task, and the organizers who keep its plan, see it. */
export const seesTask = (user: ScopedUser, task: TaskScope): boolean => recordsTask(user, task) || managesUnit(user, task.planUnitPath);

/** The task in the URL, for someone who sees it; says whether they may also record its progress. */
export async function requireTask(event: Event) {
	const user = requireRole(event, ...TASK_ROLES);
	const found = await getTask(db(), idParam(event.params.taskId));
	if (!found) error(404, { message: 'errors.notFound' });
	if (!seesTask(user, found)) error(403, { message: 'errors.forbidden' });
	return { user, ...found, canRecord: recordsTask(user, found) };
}

/**
 * The unit and period of a report from the URL (?unit=&year=&period=), for an organizer of that unit's
 * subtree. Without them: the user's own unit, the quarter under way.
 */
export async function requireReport(event: Event) {
	const user = requireRole(event, ...PLAN_ROLES);
	const filters = boardFilters(event.url);
	const today = vietnamDate(new Date());
	const reporting = await getUnit(db(), filters.unit ?? user.unitId);
	if (!reporting) error(404, { message: 'errors.notFound' });
	if (!managesUnit(user, reporting.path)) error(403, { message: 'errors.forbidden' });
	const kind = filters.period ?? QUARTERS[Math.floor((Number(today.slice(5, 7)) - 1) / 3)];
	return { user, unit: reporting, period: period(filters.year ?? Number(today.slice(0, 4)), kind) };
}
