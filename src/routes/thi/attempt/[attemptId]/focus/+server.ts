import { json } from '@sveltejs/kit';
import { AppError } from '$lib/errors';
import { recordFocusLoss } from '$lib/server/contests/attempt-commands';
import { requireOwnAttempt } from '$lib/server/contests/access';
import { attemptWrites, tooFast } from '$lib/server/contests/rate-limits';
import { db } from '$lib/server/db';
import { toJson } from '$lib/server/errors';
import type { RequestHandler } from './$types';

/** The attempt's page reports that the participant left it (another tab or app). */
export const POST: RequestHandler = async (event) => {
	if (!event.locals.user) return toJson(new AppError('auth.sessionExpired', { status: 401 }));
	const limited = tooFast(attemptWrites, event.locals.user.id);
	if (limited) return limited;
	const { view } = await requireOwnAttempt(event);
	return json({ ok: await recordFocusLoss(db(), view.id) });
};
