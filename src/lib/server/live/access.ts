import { error, type RequestEvent } from '@sveltejs/kit';
import { managesUnit } from '$lib/auth/scope';
import { requireRole, requireUser } from '$lib/server/auth/guards';
import { getContest } from '$lib/server/contests/contests';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { getLiveGame } from './games';

export const LIVE_ROLES = ['admin', 'organizer'] as const;

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

async function gameInUrl(event: Event) {
	const game = await getLiveGame(db(), idParam(event.params.gameId));
	if (!game) error(404, { message: 'errors.notFound' });
	return game;
}

/** The game in the URL, for an organizer of its contest's organizing unit subtree (or an admin). */
export async function requireGameRunner(event: Event) {
	const user = requireRole(event, ...LIVE_ROLES);
	const game = await gameInUrl(event);
	const found = await getContest(db(), game.contestId);
	if (!found || !managesUnit(user, found.organizerPath)) error(403, { message: 'errors.forbidden' });
	return { user, game, contest: found.contest };
}

/** The game in the URL, for one of its judges. */
export async function requireGameJudge(event: Event) {
	const user = requireUser(event);
	const game = await gameInUrl(event);
	if (!game.config.judges.some((j) => j.id === user.id)) error(403, { message: 'live.errors.notAJudge' });
	return { user, game };
}
