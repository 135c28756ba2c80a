import { redirect } from '@sveltejs/kit';
import { actorOf, audit } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth/guards';
import { adminCreateUserSchema } from '$lib/server/auth/schemas';
import { createUser } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import { unitOptions } from '$lib/server/units/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return { units: await unitOptions(db()) };
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const { data, failure } = parseForm(adminCreateUserSchema, form);
		if (failure) return failure;
		let id: string;
		try {
			id = await createUser(db(), data);
			const { password: _, ...after } = data;
			await audit.record(db(), actorOf(event), { kind: 'user.created', object: { type: 'user', id, label: data.fullName }, after });
		} catch (error) {
			return toFailure(error, form);
		}
		redirect(303, `/admin/users/${id}?created=1`);
	}
};
