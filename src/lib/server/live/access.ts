import { error, type RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { CONTEST_ROLES } from '$lib/auth/roles';
import { judgesGame, runsGame, type GameUnits } from '$lib/live/access';
import { requireRole, requireUser } from '$lib/server/auth/guards';
import { getContest } from '$lib/server/contests/contests';
import { db } from '$lib/server/db';
import { contest, unit } from '$lib/server/db/schema';
import { idParam } from '$lib/server/params';
import { getLiveGame, type LiveGame } from './games';

/** The live access rules ($lib/live/access) with what they need from the database: for pages and for sockets. */

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

async function gameInUrl(event: Event) {
	const game = await getLiveGame(db(), idParam(event.params.gameId));
	if (!game) error(404, { message: 'errors.notFound' });
	return game;
}

/** The game in the URL, for one who runs it. */
export async function requireGameRunner(event: Event) {
	const user = requireRole(event, ...CONTEST_ROLES);
	const game = await gameInUrl(event);
	const found = await getContest(db(), game.contestId);
	if (!found || !runsGame(user, found.organizerPath)) error(403, { message: 'errors.forbidden' });
	return { user, game, contest: found.contest };
}

/** The game in the URL, for one of its judges. */
export async function requireGameJudge(event: Event) {
	const user = requireUser(event);
	const game = await gameInUrl(event);
	if (!judgesGame(game.config, user.id)) error(403, { message: 'live.errors.notAJudge' });
	return { user, game };
}

const organizerUnit = alias(unit, 'organizer_unit');
/** Looked up once per contest and kept: sockets ask on every join and command. */
const units = new Map<number, Promise<GameUnits>>();

/** The units of a game's contest: who runs it, and whose people may play. */
export function gameUnits(game: Pick<LiveGame, 'contestId'>): Promise<GameUnits> {
	let found = units.get(game.contestId);
	if (!found) {
		found = db()
			.select({ organizerPath: organizerUnit.path, scopePath: unit.path })
			.from(contest)
			.innerJoin(organizerUnit, eq(organizerUnit.id, contest.organizerUnitId))
			.innerJoin(unit, eq(unit.id, contest.scopeUnitId))
			.where(eq(contest.id, game.contestId))
			.then(([row]) => row);
		units.set(game.contestId, found);
	}
	return found;
}
