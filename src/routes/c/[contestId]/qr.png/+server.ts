import { error } from '@sveltejs/kit';
import { contestLink } from '$lib/contests/share';
import { publicContest, qrResponse } from '$lib/server/contests/share';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const found = await publicContest(db(), idParam(params.contestId));
	if (!found) error(404, { message: 'errors.notFound' });
	return qrResponse(url.origin + contestLink(found.id), `cuoc-thi-${found.id}.png`);
};
