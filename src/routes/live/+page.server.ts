import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { CONTEST_ROLES } from '$lib/auth/roles';
import { gamesJudgedBy, gamesRunBy } from '$lib/server/live/organizer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// Judges come here to find the games they score.
	const user = requireRole(event, ...CONTEST_ROLES, 'judge');
	return user.role === 'judge'
		? { runs: false, games: await gamesJudgedBy(db(), user.id) }
		: { runs: true, games: await gamesRunBy(db(), user) };
};
