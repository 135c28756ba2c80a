import { error, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { attemptView, type AttemptView } from './attempt-view';

/** The signed-in user's own attempt named in the URL; anyone else's is "not found". */
export async function requireOwnAttempt(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>
): Promise<{ user: SessionUser; view: AttemptView }> {
	const user = requireUser(event);
	const view = await attemptView(db(), idParam(event.params.attemptId, 'contest.attemptNotFound'));
	if (!view || view.userId !== user.id) error(404, { message: 'contest.attemptNotFound' });
	return { user, view };
}
