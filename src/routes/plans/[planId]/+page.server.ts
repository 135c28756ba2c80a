import { db } from '$lib/server/db';
import { keepsPlan, requirePlan } from '$lib/server/plans/access';
import { derivedPlans, getPlan, planAnnex } from '$lib/server/plans/plans';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, plan, unitName } = await requirePlan(event);
	const [parent, annex, derived] = await Promise.all([
		plan.parentId === null ? null : getPlan(db(), plan.parentId),
		planAnnex(db(), plan.id),
		derivedPlans(db(), plan.id)
	]);
	return {
		plan,
		unitName,
		annex,
		parent: parent && { id: parent.plan.id, title: parent.plan.title, unitName: parent.unitName, open: keepsPlan(user, parent) },
		derived
	};
};
