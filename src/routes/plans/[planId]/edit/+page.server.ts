import { redirect } from '@sveltejs/kit';
import { formatIsoDate } from '$lib/i18n/format';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { requirePlan } from '$lib/server/plans/access';
import { updatePlan } from '$lib/server/plans/plans';
import { planFormSchema } from '$lib/server/plans/schemas';
import { keptUnit, keptUnitOptions } from '$lib/server/units/access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, plan } = await requirePlan(event);
	const { unitId, year, issuedOn, number, title, basis, purpose, content, organization, funding } = plan;
	return {
		planId: plan.id,
		title,
		// The form's fields as text, the date as people write it.
		values: {
			unitId: String(unitId),
			year: String(year),
			issuedOn: issuedOn ? formatIsoDate(issuedOn) : '',
			number,
			title,
			basis,
			purpose,
			content,
			organization,
			funding
		},
		units: await keptUnitOptions(db(), user)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { user, plan } = await requirePlan(event);
		const form = await event.request.formData();
		const { data, failure } = parseForm(planFormSchema, form);
		if (failure) return failure;
		if (!(await keptUnit(db(), user, data.unitId))) return formError(form, 'errors.forbidden', { field: 'unitId' });
		await updatePlan(db(), plan.id, data);
		redirect(303, `/plans/${plan.id}`);
	}
};
