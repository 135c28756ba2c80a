import { managesUnit } from '$lib/auth/scope';
import { db } from '$lib/server/db';
import { requirePlan } from '$lib/server/plans/access';
import { derivedPlans, getPlan, planAnnex } from '$lib/server/plans/plans';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, plan, unitName } = await requirePlan(event);
	const parent = plan.parentId === null ? null : await getPlan(db(), plan.parentId);
	return {
		plan,
		unitName,
		annex: await planAnnex(db(), plan.id),
		parent: parent && { id: parent.plan.id, title: parent.plan.title, unitName: parent.unitName, open: managesUnit(user, parent.unitPath) },
		derived: await derivedPlans(db(), plan.id)
	};
};
