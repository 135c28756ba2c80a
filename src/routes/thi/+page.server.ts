import { requireUser } from '$lib/server/auth/guards';
import { openRoundsFor } from '$lib/server/contests/contests';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { rounds: await openRoundsFor(db(), user.unitPath) };
};
