import { actorOf, audit } from '$lib/server/audit';
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
		// Who tried which account: the identifier typed, never the password.
		const tried = { type: 'login', id: data.identifier.trim().toLowerCase() };
		if (!result.ok) {
			const kind = result.error === 'auth.tooManyAttempts' ? 'auth.lockout' : 'auth.loginFailed';
			await audit.record(db(), actorOf(event), { kind, object: tried, after: { reason: result.error } });
			if (result.error === 'auth.tooManyAttempts') {
				return formError(form, result.error, { status: 429, params: { seconds: result.waitSeconds } });
			}
			return formError(form, result.error);
		}
		await signIn(db(), event, result.userId);
		await audit.record(db(), await audit.actorById(db(), result.userId, event.getClientAddress()), { kind: 'auth.login', object: tried });
		redirect(303, safeRedirect(data.redirectTo));
	}
};
