import { error } from '@sveltejs/kit';
import { requireRound } from '$lib/server/contests/access';
import { participantResponses } from '$lib/server/contests/responses';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { contest, round } = await requireRound(event);
	const found = await participantResponses(db(), round.id, idParam(event.params.attemptId, 'contest.attemptNotFound'));
	if (!found) error(404, { message: 'contest.attemptNotFound' });
	return { contest, round, ...found };
};
