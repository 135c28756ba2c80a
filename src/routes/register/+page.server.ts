import { redirect } from '@sveltejs/kit';
import { registerSchema } from '$lib/server/auth/schemas';
import { signIn } from '$lib/server/auth/sign-in';
import { UserError, createUser } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { unitOptions } from '$lib/server/units/service';
import type { Actions, PageServerLoad } from './$types';

const FIELD_OF: Record<string, string> = {
	'auth.phoneTaken': 'phone',
	'auth.emailTaken': 'email',
	'units.notFound': 'unitId'
};

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/profile');
	return { units: await unitOptions(db()) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const { data, failure } = parseForm(registerSchema, form);
		if (failure) return failure;
		try {
			const userId = await createUser(db(), { ...data, role: 'participant' });
			await signIn(db(), event, userId);
		} catch (error) {
			if (error instanceof UserError) return formError(form, error.code, { field: FIELD_OF[error.code] });
			throw error;
		}
		redirect(303, '/profile');
	}
};
