import { error, type RequestEvent } from '@sveltejs/kit';
import { managesUnit } from '$lib/auth/scope';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { getContest } from './contests';

export const CONTEST_ROLES = ['admin', 'organizer'] as const;

/** The contest in the URL, for an organizer of its organizing unit's subtree (or an admin). */
export async function requireContest(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const user = requireRole(event, ...CONTEST_ROLES);
	const found = await getContest(db(), Number(event.params.contestId));
	if (!found) error(404, { message: 'errors.notFound' });
	if (!managesUnit(user, found.organizerPath)) error(403, { message: 'errors.forbidden' });
	return { user, ...found };
}
