import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { boardAccess, leaderboardSnapshot } from '$lib/server/contests/leaderboard';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import type { PageServerLoad } from './$types';

/** A round's board for a projector or a phone: public, or for signed-in people, as the contest says. */
export const load: PageServerLoad = async (event) => {
	const roundId = idParam(event.params.roundId);
	const access = await boardAccess(db(), roundId, event.locals.user);
	if (!access) error(404, { message: 'errors.notFound' });
	if (!access.allowed) {
		requireUser(event); // the anonymous are sent to sign in and come back
		error(403, { message: 'errors.forbidden' });
	}
	return { contestTitle: access.contestTitle, roundName: access.roundName, roundId, board: await leaderboardSnapshot(db(), roundId) };
};
