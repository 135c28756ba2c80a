/**
 * Who may do what with contests. Organizers run the contests of their unit's subtree (admins all):
 * set them up, open and close them, read their results. A participant reaches only their own attempts.
 * The guards only read: results readers close a round's expired attempts themselves (`round-results.ts`).
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { CONTEST_ROLES } from '$lib/auth/roles';
import { managesContest } from '$lib/contests/access';
import { requireRole, requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { attemptView, type AttemptView } from './attempt-view';
import { getContest, listRounds } from './contests';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

/** The contest in the URL, for one who runs it. */
export async function requireContest(event: Event) {
	const user = requireRole(event, ...CONTEST_ROLES);
	const found = await getContest(db(), idParam(event.params.contestId));
	if (!found) error(404, { message: 'errors.notFound' });
	if (!managesContest(user, found)) error(403, { message: 'errors.forbidden' });
	return { user, ...found };
}

/** The round in the URL, which must belong to the contest in the URL. */
export async function requireRound(event: Event) {
	const access = await requireContest(event);
	const roundId = idParam(event.params.roundId);
	const round = (await listRounds(db(), access.contest.id)).find((r) => r.id === roundId);
	if (!round) error(404, { message: 'errors.notFound' });
	return { ...access, round };
}

/** The signed-in user's own attempt named in the URL; anyone else's is "not found". */
export async function requireOwnAttempt(event: Event): Promise<{ user: SessionUser; view: AttemptView }> {
	const user = requireUser(event);
	const view = await attemptView(db(), idParam(event.params.attemptId, 'contest.attemptNotFound'));
	if (!view || view.userId !== user.id) error(404, { message: 'contest.attemptNotFound' });
	return { user, view };
}
