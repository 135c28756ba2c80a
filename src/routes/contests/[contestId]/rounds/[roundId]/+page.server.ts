import { requireRound } from '$lib/server/contests/access';
import { leaderboardSnapshot } from '$lib/server/contests/leaderboard';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { contest, round } = await requireRound(event);
	return { contest, round, board: await leaderboardSnapshot(db(), round.id) };
};
