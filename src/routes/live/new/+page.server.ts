import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { listBanksFor } from '$lib/server/bank/banks';
import { contestsRunBy } from '$lib/server/contests/contests';
import { actorOf, audit } from '$lib/server/audit';
import { db } from '$lib/server/db';
import { CONTEST_ROLES } from '$lib/auth/roles';
import { parseGameForm, readGameForm } from '$lib/server/live/game-form';
import { createGameFromForm, judgeOptions } from '$lib/server/live/organizer';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...CONTEST_ROLES);
	return {
		contests: await contestsRunBy(db(), user.role === 'admin' ? null : user.unitPath),
		banks: await listBanksFor(db(), user),
		judges: await judgeOptions(db())
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, ...CONTEST_ROLES);
		const values = readGameForm(await event.request.formData());
		const parsed = parseGameForm(values);
		if (parsed.errors) return fail(400, { values, errors: parsed.errors });
		const created = await createGameFromForm(db(), user, parsed.data);
		if ('errors' in created) return fail(400, { values, errors: created.errors });
		await audit.record(db(), actorOf(event), {
			kind: 'live.created',
			object: { type: 'live_game', id: created.game.id, label: parsed.data.title }
		});
		redirect(303, `/live/${created.game.id}/host`);
	}
};
