import { requireUser } from '$lib/server/auth/guards';
import { openRoundsFor } from '$lib/server/contests/contests';
import { myRoundStates } from '$lib/server/contests/my-rounds';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const rounds = await openRoundsFor(db(), user.unitPath);
	const states = await myRoundStates(db(), user.id, rounds);
	return { rounds: rounds.map((r) => ({ ...r, state: states.get(r.roundId)! })) };
};
