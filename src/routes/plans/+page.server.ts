import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { hasRole, PLAN_ROLES, TASK_ROLES } from '$lib/auth/roles';
import { scopePath } from '$lib/auth/scope';
import { vietnamDate } from '$lib/plans/periods';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { formError, parseForm } from '$lib/server/forms';
import { derivablePlans, derivePlanFor } from '$lib/server/plans/derive';
import { createPlan, listPlans } from '$lib/server/plans/plans';
import { planFormSchema } from '$lib/server/plans/schemas';
import { keptUnit, keptUnitOptions } from '$lib/server/units/access';
import type { Actions, PageServerLoad } from './$types';

const deriveSchema = z.object({
	parentId: z.coerce
		.number({ message: 'plans.derive.parentRequired' })
		.int()
		.positive('plans.derive.parentRequired')
		.max(2 ** 31 - 1),
	unitId: z.coerce
		.number({ message: 'plans.form.unitInvalid' })
		.int()
		.positive('plans.form.unitInvalid')
		.max(2 ** 31 - 1)
});

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...TASK_ROLES);
	const keepsPlans = hasRole(user, PLAN_ROLES);
	const [plans, parents, units] = keepsPlans
		? await Promise.all([listPlans(db(), scopePath(user) ?? null), derivablePlans(db(), user), keptUnitOptions(db(), user)])
		: [[], [], []];
	return { keepsPlans, plans, parents, units, defaultUnitId: user.unitId, year: Number(vietnamDate(new Date()).slice(0, 4)) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, ...PLAN_ROLES);
		const form = await event.request.formData();
		const { data, failure } = parseForm(planFormSchema, form);
		if (failure) return failure;
		if (!(await keptUnit(db(), user, data.unitId))) return formError(form, 'errors.forbidden', { field: 'unitId' });
		const id = await createPlan(db(), data, user.id);
		redirect(303, `/plans/${id}`);
	},
	derive: async (event) => {
		const user = requireRole(event, ...PLAN_ROLES);
		const form = await event.request.formData();
		const { data, failure } = parseForm(deriveSchema, form);
		if (failure) return failure;
		let id: number;
		try {
			id = await derivePlanFor(db(), user, data.parentId, data.unitId);
		} catch (error) {
			return toFailure(error, form);
		}
		redirect(303, `/plans/${id}`);
	}
};
