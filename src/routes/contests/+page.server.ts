import { actorOf, audit } from '$lib/server/audit';
import { redirect } from '@sveltejs/kit';
import { CONTEST_ROLES } from '$lib/auth/roles';
import { scopePath } from '$lib/auth/scope';
import { requireRole } from '$lib/server/auth/guards';
import { contestsRunBy, createContest } from '$lib/server/contests/contests';
import { contestFormSchema } from '$lib/server/contests/round-form';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { keptUnit, keptUnitOptions } from '$lib/server/units/access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...CONTEST_ROLES);
	const [contests, units] = await Promise.all([contestsRunBy(db(), scopePath(user) ?? null), keptUnitOptions(db(), user)]);
	return { contests, units };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, ...CONTEST_ROLES);
		const form = await event.request.formData();
		const { data, failure } = parseForm(contestFormSchema, form);
		if (failure) return failure;
		// An organizer runs contests for their own unit's subtree only.
		if (!(await keptUnit(db(), user, data.scopeUnitId))) return formError(form, 'errors.forbidden', { field: 'scopeUnitId' });
		const id = await createContest(db(), { ...data, organizerUnitId: user.unitId }, user.id);
		await audit.record(db(), actorOf(event), { kind: 'contest.created', object: { type: 'contest', id, label: data.title }, after: data });
		redirect(303, `/contests/${id}`);
	}
};
