import { AppError } from '$lib/errors';
import { closedIfExpired, submitAttempt } from '$lib/server/contests/attempt-commands';
import { requireOwnAttempt } from '$lib/server/contests/access';
import { myResult } from '$lib/server/contests/my-rounds';
import { scheduleLeaderboardUpdate } from '$lib/server/contests/leaderboard';
import { attemptCommands } from '$lib/server/contests/rate-limits';
import { submitSchema } from '$lib/server/contests/schemas';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, view } = await requireOwnAttempt(event);
	const attempt = await closedIfExpired(db(), view, user.id);
	return {
		attempt,
		me: { fullName: user.fullName, unitName: user.unitName },
		outcome: attempt.submitted ? await myResult(db(), attempt.roundId, user) : null
	};
};

export const actions: Actions = {
	submit: async (event) => {
		const { user, view } = await requireOwnAttempt(event);
		if (await attemptCommands.consume(user.id)) return toFailure(new AppError('contest.tooFast', { status: 429 }));
		const { data, failure } = parseForm(submitSchema, await event.request.formData());
		if (failure) return failure;
		try {
			await submitAttempt(db(), view.id, user.id, data.prediction);
		} catch (e) {
			return toFailure(e);
		}
		scheduleLeaderboardUpdate(view.roundId);
		return { submitted: true };
	}
};
