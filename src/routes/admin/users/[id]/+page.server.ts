import { error } from '@sveltejs/kit';
import { actorOf, audit } from '$lib/server/audit';
import { changedFields } from '$lib/audit/changes';
import { endSessions } from '$lib/server/auth/sessions';
import { requireRole } from '$lib/server/auth/guards';
import { adminUpdateUserSchema, resetPasswordSchema } from '$lib/server/auth/schemas';
import { getProfile, resetPassword, updateUser } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { formError, parseForm } from '$lib/server/forms';
import { unitOptions } from '$lib/server/units/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const [profile, units] = await Promise.all([getProfile(db(), event.params.id), unitOptions(db())]);
	if (!profile) error(404, { message: 'users.notFound' });
	return { profile, units, created: event.url.searchParams.has('created') };
};

export const actions: Actions = {
	update: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await event.request.formData();
		const { data, failure } = parseForm(adminUpdateUserSchema, form);
		if (failure) return failure;
		// Keeps at least the acting admin able to administer: no self lock-out.
		if (event.params.id === admin.id && (data.role !== 'admin' || data.disabled)) {
			return formError(form, 'users.cannotDemoteSelf');
		}
		try {
			const before = await getProfile(db(), event.params.id);
			await updateUser(db(), event.params.id, data);
			await audit.record(db(), actorOf(event), {
				kind: 'user.updated',
				object: { type: 'user', id: event.params.id, label: data.fullName },
				...changedFields({ ...before }, { ...data })
			});
		} catch (e) {
			return toFailure(e, form);
		}
		return { saved: true };
	},
	resetPassword: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const { data, failure } = parseForm(resetPasswordSchema, form);
		if (failure) return failure;
		try {
			await resetPassword(db(), event.params.id, data.password);
			await audit.record(db(), actorOf(event), { kind: 'auth.passwordReset', object: { type: 'user', id: event.params.id } });
		} catch (e) {
			return toFailure(e, form);
		}
		return { passwordReset: true };
	},
	endSessions: async (event) => {
		requireRole(event, 'admin');
		const ended = await endSessions(db(), event.params.id, null);
		await audit.record(db(), actorOf(event), {
			kind: 'auth.sessionsEnded',
			object: { type: 'user', id: event.params.id },
			after: { ended }
		});
		return { sessionsEnded: ended };
	}
};
