import { redirect } from '@sveltejs/kit';
import { registrationsByIp } from '$lib/server/auth/rate-limit';
import { safeRedirect } from '$lib/auth/redirect';
import { registerSchema } from '$lib/server/auth/schemas';
import { signIn } from '$lib/server/auth/sign-in';
import { createUser } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { formError, parseForm } from '$lib/server/forms';
import { unitOptions } from '$lib/server/units/service';
import type { Actions, PageServerLoad } from './$types';

// Someone who came by a contest's link goes back to it; otherwise to their profile.
export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), '');
	if (locals.user) redirect(303, redirectTo || '/profile');
	return { units: await unitOptions(db()), redirectTo };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const { data, failure } = parseForm(registerSchema, form);
		if (failure) return failure;
		const wait = await registrationsByIp.consume(event.getClientAddress());
		if (wait > 0) return formError(form, 'auth.tooManyRegistrations', { status: 429, params: { seconds: Math.ceil(wait / 1000) } });
		const { redirectTo, ...fields } = data;
		try {
			const userId = await createUser(db(), { ...fields, role: 'participant' });
			await signIn(db(), event, userId);
		} catch (error) {
			return toFailure(error, form);
		}
		redirect(303, safeRedirect(redirectTo, '/profile'));
	}
};
