import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { managesUnit } from '$lib/auth/scope';
import { vietnamDate } from '$lib/plans/periods';
import { isWithin } from '$lib/units/tree';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { formError, parseForm } from '$lib/server/forms';
import { PLAN_ROLES, TASK_ROLES } from '$lib/server/plans/access';
import { createPlan, derivePlan, getPlan, listPlans } from '$lib/server/plans/plans';
import { planFormSchema } from '$lib/server/plans/schemas';
import { getUnit, unitOptions } from '$lib/server/units/service';
import type { SessionUser } from '$lib/server/auth/session';
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

/**
 * Plans a user may derive their own from: those of the units above them (a province's, for its
 * districts and departments) and those within their subtree (a province organizer deriving for a district).
 */
async function parentPlans(user: SessionUser) {
	const plans = await listPlans(db(), null);
	return plans.filter((p) => user.role === 'admin' || isWithin(user.unitPath, p.unitPath) || isWithin(p.unitPath, user.unitPath));
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...TASK_ROLES);
	const keepsPlans = user.role !== 'editor';
	const within = user.role === 'admin' ? undefined : user.unitPath;
	return {
		keepsPlans,
		plans: keepsPlans ? await listPlans(db(), within ?? null) : [],
		parents: keepsPlans ? await parentPlans(user) : [],
		units: keepsPlans ? await unitOptions(db(), { within }) : [],
		defaultUnitId: user.unitId,
		year: Number(vietnamDate(new Date()).slice(0, 4))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, ...PLAN_ROLES);
		const form = await event.request.formData();
		const { data, failure } = parseForm(planFormSchema, form);
		if (failure) return failure;
		const issuer = await getUnit(db(), data.unitId);
		if (!issuer || !managesUnit(user, issuer.path)) return formError(form, 'errors.forbidden', { field: 'unitId' });
		const id = await createPlan(db(), data, user.id);
		redirect(303, `/plans/${id}`);
	},
	derive: async (event) => {
		const user = requireRole(event, ...PLAN_ROLES);
		const form = await event.request.formData();
		const { data, failure } = parseForm(deriveSchema, form);
		if (failure) return failure;
		const [parent, target] = [await getPlan(db(), data.parentId), await getUnit(db(), data.unitId)];
		if (!parent || !(await parentPlans(user)).some((p) => p.id === parent.plan.id))
			return formError(form, 'plans.notFound', { field: 'parentId' });
		// A plan is derived for a unit below the one that issued it, by someone who keeps that unit.
		if (!target || !managesUnit(user, target.path)) return formError(form, 'errors.forbidden', { field: 'unitId' });
		if (target.path === parent.unitPath || !isWithin(target.path, parent.unitPath))
			return formError(form, 'plans.derive.notBelow', { field: 'unitId' });
		let id: number;
		try {
			id = await derivePlan(db(), parent.plan.id, target.id, user.id);
		} catch (error) {
			return toFailure(error, form);
		}
		redirect(303, `/plans/${id}`);
	}
};
