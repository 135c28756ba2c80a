import { PERIOD_KINDS, periodLabel, vietnamDate } from '$lib/plans/periods';
import { db } from '$lib/server/db';
import { requirePlan } from '$lib/server/plans/access';
import { boardFilters } from '$lib/server/plans/board-query';
import { planBoard } from '$lib/server/plans/progress';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { plan } = await requirePlan(event);
	const filters = boardFilters(event.url);
	return {
		plan: { id: plan.id, title: plan.title, year: plan.year },
		...(await planBoard(db(), plan, filters, vietnamDate(new Date()))),
		periods: PERIOD_KINDS.map((kind) => ({ kind, label: periodLabel({ year: plan.year, kind }) })),
		filters
	};
};
