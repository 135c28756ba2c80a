import { redirect } from '@sveltejs/kit';
import { AppError } from '$lib/errors';
import { audit } from '$lib/server/audit';
import { redeemPasswordReset } from '$lib/server/auth/password-reset';
import { resetRedeemsByIp } from '$lib/server/auth/rate-limit';
import { redeemResetSchema } from '$lib/server/auth/schemas';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// The link an organizer hands over carries the code: it must not leak to another site as a referrer.
export const load: PageServerLoad = ({ url, setHeaders }) => {
	setHeaders({ 'referrer-policy': 'no-referrer' });
	return { code: url.searchParams.get('code') ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const waitMs = await resetRedeemsByIp.consume(event.getClientAddress());
		if (waitMs > 0) return toFailure(new AppError('reset.tooFast', { status: 429, params: { seconds: Math.ceil(waitMs / 1000) } }), form);
		const { data, failure } = parseForm(redeemResetSchema, form);
		if (failure) return failure;
		try {
			const userId = await redeemPasswordReset(db(), data.code, data.password);
			// Done by the account's owner, signed out: the trail names them by the account the code was for.
			await audit.record(db(), await audit.actorById(db(), userId, event.getClientAddress()), {
				kind: 'auth.passwordReset',
				object: { type: 'user', id: userId },
				after: { by: 'code' }
			});
		} catch (e) {
			return toFailure(e, form);
		}
		redirect(303, '/login?reset');
	}
};
