import { compareVi } from '$lib/i18n/text';
import { period, PERIOD_KINDS, periodLabel, vietnamDate } from '$lib/plans/periods';
import { db } from '$lib/server/db';
import { requirePlan } from '$lib/server/plans/access';
import { boardFilters } from '$lib/server/plans/board-query';
import { taskBoard } from '$lib/server/plans/progress';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { plan } = await requirePlan(event);
	const filters = boardFilters(event.url);
	const rows = await taskBoard(db(), {
		planId: plan.id,
		year: plan.year,
		period: filters.period && period(plan.year, filters.period),
		today: vietnamDate(new Date())
	});
	const leads = new Map(rows.flatMap((r) => (r.leadUnitId === null ? [] : [[r.leadUnitId, r.leadName] as const])));
	return {
		plan: { id: plan.id, title: plan.title, year: plan.year },
		tasks: filters.unit ? rows.filter((r) => r.leadUnitId === filters.unit) : rows,
		leads: [...leads].map(([id, name]) => ({ id, name })).sort((a, b) => compareVi(a.name, b.name)),
		periods: PERIOD_KINDS.map((kind) => ({ kind, label: periodLabel({ year: plan.year, kind }) })),
		filters
	};
};
