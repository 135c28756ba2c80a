import { error } from '@sveltejs/kit';
import { withRedirect } from '$lib/auth/redirect';
import { contestLink } from '$lib/contests/share';
import { myRoundStates } from '$lib/server/contests/my-rounds';
import { publicContest } from '$lib/server/contests/share';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import type { PageServerLoad } from './$types';

/**
 * A contest's short public link. Signed out: what the contest is, and login or registration that come
 * back here. Signed in: each round with what I may do in it, if the contest is for my unit.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await publicContest(db(), idParam(params.contestId));
	if (!found) error(404, { message: 'errors.notFound' });
	const { scopePath, ...shown } = found;
	const here = contestLink(found.id);
	const user = locals.user;
	const forMe = !!user && user.unitPath.startsWith(scopePath);
	const states = forMe ? await myRoundStates(db(), user.id, found.rounds) : new Map();
	return {
		contest: { ...shown, rounds: found.rounds.map((r) => ({ ...r, state: states.get(r.roundId) ?? null })) },
		signedIn: !!user,
		forMe,
		loginHref: withRedirect('/login', here),
		registerHref: withRedirect('/register', here)
	};
};
