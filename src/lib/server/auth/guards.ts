import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { hasRole, type Role } from '$lib/auth/roles';
import type { SessionUser } from './session';

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const { user } = event.locals;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return user;
}

/** The signed-in user if they hold one of `roles`; 403 otherwise. Call it in every load and action. */
export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!hasRole(user, roles)) error(403, { message: 'errors.forbidden' });
	return user;
}
