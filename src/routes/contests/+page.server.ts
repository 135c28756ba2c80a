import { redirect } from '@sveltejs/kit';
import { managesUnit } from '$lib/auth/scope';
import { requireRole } from '$lib/server/auth/guards';
import { CONTEST_ROLES } from '$lib/server/contests/access';
import { contestsRunBy, createContest } from '$lib/server/contests/contests';
import { contestFormSchema } from '$lib/server/contests/round-form';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { getUnit, unitOptions } from '$lib/server/units/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...CONTEST_ROLES);
	return {
		contests: await contestsRunBy(db(), user.role === 'admin' ? null : user.unitPath),
		units: await unitOptions(db(), { within: user.role === 'admin' ? undefined : user.unitPath })
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, ...CONTEST_ROLES);
		const form = await event.request.formData();
		const { data, failure } = parseForm(contestFormSchema, form);
		if (failure) return failure;
		// An organizer runs contests for their own unit's subtree only.
		const scope = await getUnit(db(), data.scopeUnitId);
		if (!scope || !managesUnit(user, scope.path)) return formError(form, 'errors.forbidden', { field: 'scopeUnitId' });
		const id = await createContest(db(), { ...data, organizerUnitId: user.unitId }, user.id);
		redirect(303, `/contests/${id}`);
	}
};
