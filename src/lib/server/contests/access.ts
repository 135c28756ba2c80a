import { error, type RequestEvent } from '@sveltejs/kit';
import { managesUnit } from '$lib/auth/scope';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { closeExpiredAttempts } from './attempt-commands';
import { getContest, listRounds } from './contests';
import { scheduleLeaderboardUpdate } from './leaderboard';

export const CONTEST_ROLES = ['admin', 'organizer'] as const;

/** The contest in the URL, for an organizer of its organizing unit's subtree (or an admin). */
export async function requireContest(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const user = requireRole(event, ...CONTEST_ROLES);
	const found = await getContest(db(), idParam(event.params.contestId));
	if (!found) error(404, { message: 'errors.notFound' });
	if (!managesUnit(user, found.organizerPath)) error(403, { message: 'errors.forbidden' });
	return { user, ...found };
}

/** The round in the URL, which must belong to the contest in the URL; expired attempts closed first. */
export async function requireRound(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const access = await requireContest(event);
	const roundId = idParam(event.params.roundId);
	const round = (await listRounds(db(), access.contest.id)).find((r) => r.id === roundId);
	if (!round) error(404, { message: 'errors.notFound' });
	// Attempts whose time is up count as submitted before anyone reads the results.
	if (await closeExpiredAttempts(db(), round.id)) scheduleLeaderboardUpdate(round.id);
	return { ...access, round };
}
