import { TASK_ROLES } from '$lib/auth/roles';
import { scopePath } from '$lib/auth/scope';
import { period, PERIOD_KINDS, periodLabel, vietnamDate } from '$lib/plans/periods';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { boardFilters } from '$lib/server/plans/board-query';
import { taskBoard } from '$lib/server/plans/progress';
import type { PageServerLoad } from './$types';

/** The tasks the user's unit and the units below it lead (every task for an admin), across the year's plans. */
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...TASK_ROLES);
	const today = vietnamDate(new Date());
	const filters = boardFilters(event.url);
	const year = filters.year ?? Number(today.slice(0, 4));
	const tasks = await taskBoard(db(), {
		unitPath: scopePath(user),
		year,
		period: filters.period && period(year, filters.period),
		today
	});
	return {
		unitName: user.unitName,
		year,
		tasks,
		periods: PERIOD_KINDS.map((kind) => ({ kind, label: periodLabel({ year, kind }) })),
		filters
	};
};
