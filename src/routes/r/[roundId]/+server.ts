import { error, redirect } from '@sveltejs/kit';
import { contestLink } from '$lib/contests/share';
import { publicRoundContest } from '$lib/server/contests/share';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

/** A round's short link opens its contest's page at that round. */
export const GET: RequestHandler = async ({ params }) => {
	const roundId = idParam(params.roundId);
	const contestId = await publicRoundContest(db(), roundId);
	if (contestId === null) error(404, { message: 'errors.notFound' });
	redirect(303, `${contestLink(contestId)}#round-${roundId}`);
};
