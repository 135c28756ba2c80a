import { AppError } from '$lib/errors';
import { submitAttempt } from '$lib/server/contests/attempt-commands';
import { attemptView } from '$lib/server/contests/attempt-view';
import { requireOwnAttempt } from '$lib/server/contests/guards';
import { scheduleLeaderboardUpdate } from '$lib/server/contests/leaderboard';
import { attemptCommands } from '$lib/server/contests/rate-limits';
import { submitSchema } from '$lib/server/contests/schemas';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, view } = await requireOwnAttempt(event);
	// Past the deadline, the server submits what was saved: the attempt never stays open.
	if (!view.submitted && view.remainingMs === 0) {
		await submitAttempt(db(), view.id, user.id, null);
		scheduleLeaderboardUpdate(view.roundId);
		return { attempt: (await attemptView(db(), view.id))! };
	}
	return { attempt: view };
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
