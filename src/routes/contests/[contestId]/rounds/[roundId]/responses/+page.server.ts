import { requireRound } from '$lib/server/contests/access';
import { rankedParticipants } from '$lib/server/contests/responses';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { contest, round } = await requireRound(event);
	return { contest, round, ...(await rankedParticipants(db(), round.id)) };
};
