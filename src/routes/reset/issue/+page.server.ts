import { AppError } from '$lib/errors';
import { actorOf, audit } from '$lib/server/audit';
import { formatResetCode } from '$lib/auth/reset-code';
import { requireRole } from '$lib/server/auth/guards';
import { issuePasswordReset } from '$lib/server/auth/password-reset';
import { resetIssuesByActor } from '$lib/server/auth/rate-limit';
import { issueResetSchema } from '$lib/server/auth/schemas';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin', 'organizer');
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireRole(event, 'admin', 'organizer');
		const form = await event.request.formData();
		if (await resetIssuesByActor.consume(actor.id)) return toFailure(new AppError('reset.issueTooFast', { status: 429 }), form);
		const { data, failure } = parseForm(issueResetSchema, form);
		if (failure) return failure;
		try {
			const issued = await issuePasswordReset(db(), actor, data.identifier);
			await audit.record(db(), actorOf(event), {
				kind: 'auth.resetIssued',
				object: { type: 'user', id: issued.userId, label: issued.fullName },
				after: { expiresAt: issued.expiresAt }
			});
			return {
				issued: {
					fullName: issued.fullName,
					code: formatResetCode(issued.code),
					link: `${event.url.origin}/reset?code=${issued.code}`,
					expiresAt: issued.expiresAt
				}
			};
		} catch (e) {
			return toFailure(e, form);
		}
	}
};
