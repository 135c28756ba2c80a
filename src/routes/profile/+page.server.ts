import { actorOf, audit } from '$lib/server/audit';
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { changePasswordSchema } from '$lib/server/auth/schemas';
import { endSessions, listSessions } from '$lib/server/auth/sessions';
import { signIn } from '$lib/server/auth/sign-in';
import { changePassword, getProfile } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const profile = await getProfile(db(), user.id);
	if (!profile) error(404, { message: 'users.notFound' });
	return { profile, sessions: await listSessions(db(), user.id, event.locals.session!.id) };
};

export const actions: Actions = {
	changePassword: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const { data, failure } = parseForm(changePasswordSchema, form);
		if (failure) return failure;
		try {
			await changePassword(db(), user.id, data.currentPassword, data.password);
			await audit.record(db(), actorOf(event), {
				kind: 'auth.passwordChanged',
				object: { type: 'user', id: user.id, label: user.fullName }
			});
		} catch (e) {
			return toFailure(e, form);
		}
		// Every session ended with the old password; this browser continues on a fresh one.
		await signIn(db(), event, user.id);
		return { passwordChanged: true };
	},
	/** Signs out every other browser of this person (a phone left in a hall, a shared computer). */
	endOthers: async (event) => {
		const user = requireUser(event);
		const ended = await endSessions(db(), user.id, event.locals.session!.id);
		await audit.record(db(), actorOf(event), {
			kind: 'auth.sessionsEnded',
			object: { type: 'user', id: user.id, label: user.fullName },
			after: { ended }
		});
		return { sessionsEnded: ended };
	}
};
