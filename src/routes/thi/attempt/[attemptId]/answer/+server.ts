import { json } from '@sveltejs/kit';
import { AppError } from '$lib/errors';
import { AttemptError, saveAnswer } from '$lib/server/contests/attempt-commands';
import { attemptWrites, tooFast } from '$lib/server/contests/rate-limits';
import { saveAnswerSchema } from '$lib/server/contests/schemas';
import { db } from '$lib/server/db';
import { toJson } from '$lib/server/errors';
import { idParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

/** Autosave of one answer. The reply comes only after the row is committed: "đã lưu" means saved. */
export const POST: RequestHandler = async (event) => {
	// Autosave is a fetch: an expired session gets a JSON answer, not a redirect to the login page.
	const user = event.locals.user;
	if (!user) return toJson(new AppError('auth.sessionExpired', { status: 401 }));
	const limited = await tooFast(attemptWrites, user.id);
	if (limited) return limited;
	// `saveAnswer` checks the owner, the deadline and the submission under the attempt's row lock:
	// the hottest request of a contest needs nothing more.
	const attemptId = idParam(event.params.attemptId, 'contest.attemptNotFound');
	const parsed = saveAnswerSchema.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success) return toJson(new AttemptError('contest.wrongAnswerKind'));
	try {
		const { position, response, revision } = parsed.data;
		const saved = await saveAnswer(db(), attemptId, user.id, position, response, new Date(), revision ?? null);
		return json({ ok: true, savedAt: saved.savedAt.toISOString(), revision: saved.revision });
	} catch (e) {
		return toJson(e);
	}
};
