import { requireRound } from '$lib/server/contests/access';
import { roundRanking } from '$lib/server/contests/contests';
import { leaderboardSnapshot } from '$lib/server/contests/leaderboard';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { contest, round } = await requireRound(event);
	// Who left the attempt's tab, most often first: only where the round tracks it.
	const focusLosses = round.trackFocus
		? (await roundRanking(db(), round.id)).ranked
				.filter((r) => r.focusLosses > 0)
				.sort((a, b) => b.focusLosses - a.focusLosses)
				.map(({ fullName, unitName, focusLosses }) => ({ fullName, unitName, focusLosses }))
		: null;
	return { contest, round, board: await leaderboardSnapshot(db(), round.id), focusLosses };
};
