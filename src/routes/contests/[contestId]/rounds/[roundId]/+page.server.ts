import { error } from '@sveltejs/kit';
import { requireContest } from '$lib/server/contests/access';
import { closeExpiredAttempts } from '$lib/server/contests/attempts';
import { listRounds } from '$lib/server/contests/contests';
import { leaderboardSnapshot } from '$lib/server/contests/leaderboard';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { contest } = await requireContest(event);
	const round = (await listRounds(db(), contest.id)).find((r) => r.id === Number(event.params.roundId));
	if (!round) error(404, { message: 'errors.notFound' });
	// Attempts whose time is up count as submitted before anyone reads the ranking.
	await closeExpiredAttempts(db(), round.id);
	return { contest, round, board: await leaderboardSnapshot(db(), round.id) };
};
