import { requireRound } from '$lib/server/contests/access';
import { roundOverview } from '$lib/server/contests/round-results';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { contest, round } = await requireRound(event);
	return { contest, round, ...(await roundOverview(db(), round)) };
};
