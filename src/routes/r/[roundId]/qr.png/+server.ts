import { error } from '@sveltejs/kit';
import { roundLink } from '$lib/contests/share';
import { publicRoundContest, qrResponse } from '$lib/server/contests/share';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const roundId = idParam(params.roundId);
	if ((await publicRoundContest(db(), roundId)) === null) error(404, { message: 'errors.notFound' });
	return qrResponse(url.origin + roundLink(roundId), `dot-thi-${roundId}.png`);
};
