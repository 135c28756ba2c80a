import { redirect } from '@sveltejs/kit';
import { attemptLogin } from '$lib/server/auth/login';
import { safeRedirect } from '$lib/auth/redirect';
import { loginSchema } from '$lib/server/auth/schemas';
import { signIn } from '$lib/server/auth/sign-in';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), '');
	if (locals.user) redirect(303, redirectTo || '/');
	return { redirectTo, reset: url.searchParams.has('reset') };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const { data, failure } = parseForm(loginSchema, form);
		if (failure) return failure;
		const result = await attemptLogin(db(), data.identifier, data.password, event.getClientAddress());
		if (!result.ok) {
			if (result.error === 'auth.tooManyAttempts') {
				return formError(form, result.error, { status: 429, params: { seconds: result.waitSeconds } });
			}
			return formError(form, result.error);
		}
		await signIn(db(), event, result.userId);
		redirect(303, safeRedirect(data.redirectTo));
	}
};
