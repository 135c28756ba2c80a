import { error, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { AttemptError, attemptView, type AttemptView } from './attempts';

/** Maps a typed attempt error to the HTTP answer a page or endpoint gives. */
export function attemptStatus(e: AttemptError): number {
	return e.code === 'contest.attemptNotFound' ? 404 : e.code === 'contest.late' || e.code === 'contest.submitted' ? 409 : 400;
}

/** The signed-in user's own attempt named in the URL; anyone else's is "not found". */
export async function requireOwnAttempt(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>
): Promise<{ user: SessionUser; view: AttemptView }> {
	const user = requireUser(event);
	const view = await attemptView(db(), idParam(event.params.attemptId, 'contest.attemptNotFound'));
	if (!view || view.userId !== user.id) error(404, { message: 'contest.attemptNotFound' });
	return { user, view };
}
