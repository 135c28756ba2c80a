import { AppError } from '$lib/errors';
import { smtpMailer } from '$lib/server/auth/mail';
import { requestEmailReset } from '$lib/server/auth/password-reset';
import { resetMailsByEmail, resetMailsByIp } from '$lib/server/auth/rate-limit';
import { emailResetSchema } from '$lib/server/auth/schemas';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import { errorFields, log } from '$lib/server/log';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ byEmail: smtpMailer() !== null });

export const actions: Actions = {
	default: async (event) => {
		const send = smtpMailer();
		const form = await event.request.formData();
		if (!send) return toFailure(new AppError('errors.notFound', { status: 404 }), form);
		const { data, failure } = parseForm(emailResetSchema, form);
		if (failure) return failure;
		const waitMs = Math.max(
			await resetMailsByIp.consume(event.getClientAddress()),
			await resetMailsByEmail.consume(data.email.toLowerCase())
		);
		if (waitMs > 0)
			return toFailure(new AppError('reset.emailTooFast', { status: 429, params: { seconds: Math.ceil(waitMs / 1000) } }), form);
		// Not awaited: the reply is the same, and as quick, whether or not the account exists.
		requestEmailReset(db(), data.email, send, event.url.origin).catch((e) => log('error', 'reset_mail_failed', errorFields(e)));
		return { emailSent: true };
	}
};
