import { error, redirect } from '@sveltejs/kit';
import { AppError } from '$lib/errors';
import { requireUser } from '$lib/server/auth/guards';
import { startAttempt } from '$lib/server/contests/attempt-commands';
import { openRoundsFor, getContest } from '$lib/server/contests/contests';
import { myRoundStates } from '$lib/server/contests/my-rounds';
import { attemptCommands } from '$lib/server/contests/rate-limits';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { idParam } from '$lib/server/params';
import type { Actions, PageServerLoad } from './$types';

async function openRound(unitPath: string, roundId: number) {
	const found = (await openRoundsFor(db(), unitPath)).find((r) => r.roundId === roundId);
	if (!found) error(404, { message: 'contest.roundNotOpen' });
	return found;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const r = await openRound(user.unitPath, idParam(event.params.roundId, 'contest.roundNotOpen'));
	const [details, states] = await Promise.all([getContest(db(), r.contestId), myRoundStates(db(), user.id, [r])]);
	return { round: r, rules: details?.contest.rules ?? '', state: states.get(r.roundId)! };
};

export const actions: Actions = {
	start: async (event) => {
		const user = requireUser(event);
		if (await attemptCommands.consume(user.id)) return toFailure(new AppError('contest.tooFast', { status: 429 }));
		const r = await openRound(user.unitPath, idParam(event.params.roundId, 'contest.roundNotOpen'));
		let attemptId: number;
		try {
			attemptId = await startAttempt(db(), r.roundId, user.id);
		} catch (e) {
			return toFailure(e);
		}
		redirect(303, `/thi/attempt/${attemptId}`);
	}
};
