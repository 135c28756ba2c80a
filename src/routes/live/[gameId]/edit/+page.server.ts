import { error, fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { listBanksFor } from '$lib/server/bank/banks';
import { contestsRunBy } from '$lib/server/contests/contests';
import { actorOf, audit } from '$lib/server/audit';
import { db } from '$lib/server/db';
import { round } from '$lib/server/db/schema';
import { toFailure } from '$lib/server/errors';
import { requireGameRunner } from '$lib/server/live/access';
import { gameFormValues, parseGameForm, readGameForm } from '$lib/server/live/game-form';
import { judgeOptions, updateGameFromForm } from '$lib/server/live/organizer';
import { liveGames } from '$lib/server/live/registry';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, game } = await requireGameRunner(event);
	// Only the lobby is edited: once started, a game is what was played.
	if (game.status !== 'lobby') error(409, { message: 'live.manage.notEditable' });
	const [{ bankId }] = await db().select({ bankId: round.bankId }).from(round).where(eq(round.id, game.roundId));
	return {
		game: { id: game.id, title: game.title, assigned: game.assigned },
		initial: gameFormValues(game, bankId ?? 0),
		contests: await contestsRunBy(db(), user.role === 'admin' ? null : user.unitPath),
		banks: await listBanksFor(db(), user),
		judges: await judgeOptions(db())
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { user, game } = await requireGameRunner(event);
		const values = readGameForm(await event.request.formData());
		const parsed = parseGameForm(values);
		if (parsed.errors) return fail(400, { values, errors: parsed.errors });
		try {
			const updated = await updateGameFromForm(db(), user, game, parsed.data);
			if (updated.errors) return fail(400, { values, errors: updated.errors });
			await audit.record(db(), actorOf(event), {
				kind: 'live.updated',
				object: { type: 'live_game', id: game.id, label: parsed.data.title }
			});
		} catch (e) {
			return toFailure(e, values);
		}
		// The game is hosted again from its new configuration.
		liveGames().forget(game.id);
		redirect(303, `/live/${game.id}/host`);
	}
};
