import { requireRound } from '$lib/server/contests/access';
import { loadRoundStatistics } from '$lib/server/contests/statistics';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { contest, round } = await requireRound(event);
	return {
		contest: { id: contest.id, title: contest.title },
		round: { id: round.id, name: round.name, countingAttempt: round.countingAttempt },
		stats: await loadRoundStatistics(db(), round)
	};
};
