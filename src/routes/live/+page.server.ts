import { error } from '@sveltejs/kit';
import { CONTEST_ROLES } from '$lib/auth/roles';
import { requireRole } from '$lib/server/auth/guards';
import { actorOf, audit } from '$lib/server/audit';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { requireGameRunner } from '$lib/server/live/access';
import { archiveEndedGame, deleteUnstartedGame, gamesJudgedBy, gamesRunBy } from '$lib/server/live/organizer';
import { liveGames } from '$lib/server/live/registry';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// Judges come here to find the games they score.
	const user = requireRole(event, ...CONTEST_ROLES, 'judge');
	if (user.role === 'judge') return { runs: false, games: await gamesJudgedBy(db(), user.id), showArchived: false };
	// Archived games are put away: listed on request only.
	const showArchived = event.url.searchParams.get('archived') === '1';
	const games = await gamesRunBy(db(), user);
	return { runs: true, games: showArchived ? games : games.filter((g) => !g.archivedAt), showArchived };
};

/** The game a form names, for one who runs it (the same guard as the game's own pages). */
async function gameOfForm(event: Parameters<Actions[string]>[0]) {
	const form = await event.request.formData();
	const gameId = form.get('gameId');
	if (typeof gameId !== 'string' || !/^\d{1,10}$/.test(gameId)) error(400, { message: 'errors.notFound' });
	return { form, ...(await requireGameRunner({ locals: event.locals, url: event.url, params: { gameId } })) };
}

export const actions: Actions = {
	delete: async (event) => {
		const { game } = await gameOfForm(event);
		try {
			await deleteUnstartedGame(db(), game);
			await audit.record(db(), actorOf(event), { kind: 'live.deleted', object: gameObject(game) });
		} catch (e) {
			return toFailure(e);
		}
		liveGames().forget(game.id);
		return { deleted: true };
	},
	archive: async (event) => {
		const { game, form } = await gameOfForm(event);
		try {
			const archived = form.get('archived') !== 'no';
			await archiveEndedGame(db(), game.id, archived);
			await audit.record(db(), actorOf(event), { kind: 'live.archived', object: gameObject(game), after: { archived } });
		} catch (e) {
			return toFailure(e);
		}
		return {};
	}
};

const gameObject = (game: { id: number; title: string }) => ({ type: 'live_game', id: game.id, label: game.title });
