import { AppError } from '$lib/errors';
import { closedIfExpired, submitAttempt } from '$lib/server/contests/attempt-commands';
import { requireOwnAttempt } from '$lib/server/contests/access';
import { scheduleLeaderboardUpdate } from '$lib/server/contests/leaderboard';
import { attemptCommands } from '$lib/server/contests/rate-limits';
import { submitSchema } from '$lib/server/contests/schemas';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, view } = await requireOwnAttempt(event);
	return { attempt: await closedIfExpired(db(), view, user.id) };
};

export const actions: Actions = {
	submit: async (event) => {
		const { user, view } = await requireOwnAttempt(event);
		if (attemptCommands.consume(user.id)) return toFailure(new AppError('contest.tooFast', { status: 429 }));
		const parsed = submitSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return toFailure(new AppError('contest.invalid'));
		try {
			await submitAttempt(db(), view.id, user.id, parsed.data.prediction);
		} catch (e) {
			return toFailure(e);
		}
		scheduleLeaderboardUpdate(view.roundId);
		return { submitted: true };
	}
};
