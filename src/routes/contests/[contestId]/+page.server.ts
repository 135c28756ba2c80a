import { listBanksFor } from '$lib/server/bank/banks';
import { listTopics } from '$lib/server/bank/topics';
import { drawQuestions } from '$lib/contests/draw';
import { requireContest } from '$lib/server/contests/access';
import { drawPool } from '$lib/server/contests/attempt-commands';
import { createRound, listRounds, setContestStatus } from '$lib/server/contests/contests';
import { roundFormSchema } from '$lib/server/contests/round-form';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { linkContestToTask } from '$lib/server/plans/roll-in';
import { contestTaskSchema } from '$lib/server/plans/schemas';
import { linkableTasks, taskLabel } from '$lib/server/plans/tasks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, contest, organizerName } = await requireContest(event);
	return {
		contest,
		organizerName,
		// A live game's results round shows under its game (Thi trực tiếp), not among the online rounds.
		rounds: (await listRounds(db(), contest.id)).filter((r) => r.kind === 'online'),
		banks: await listBanksFor(db(), user),
		topics: await listTopics(db()),
		planTasks: await linkableTasks(db(), user),
		linkedTask: contest.planTaskId === null ? null : await taskLabel(db(), contest.planTaskId)
	};
};

export const actions: Actions = {
	open: async (event) => {
		const { contest } = await requireContest(event);
		await setContestStatus(db(), contest.id, 'open');
	},
	close: async (event) => {
		const { contest } = await requireContest(event);
		await setContestStatus(db(), contest.id, 'closed');
	},
	/** Links the contest to the plan task it carries out, so that its results roll into that task's reports. */
	linkTask: async (event) => {
		const { user, contest } = await requireContest(event);
		const form = await event.request.formData();
		const parsed = contestTaskSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return formError(form, 'plans.taskNotFound');
		const { taskId } = parsed.data;
		if (taskId !== null && !(await linkableTasks(db(), user)).some((task) => task.id === taskId))
			return formError(form, 'errors.forbidden', { status: 403 });
		await linkContestToTask(db(), contest.id, taskId);
		return { taskLinked: true };
	},
	addRound: async (event) => {
		const { user, contest } = await requireContest(event);
		const form = await event.request.formData();
		const { data, failure } = parseForm(roundFormSchema, form);
		if (failure) return failure;
		if (!(await listBanksFor(db(), user)).some((b) => b.id === data.bankId)) return formError(form, 'bank.forbidden', { field: 'bankId' });
		const blueprint = [{ topicId: data.topicId, difficulty: data.difficulty, count: data.questionCount }];
		// Refuse now a round the bank cannot fill, rather than every participant later.
		if (!drawQuestions(await drawPool(db(), data.bankId), blueprint, 'check').ok) {
			return formError(form, 'contest.notEnoughQuestions', { field: 'questionCount' });
		}
		await createRound(db(), contest.id, {
			name: data.name,
			bankId: data.bankId,
			opensAt: data.opensAt,
			closesAt: data.closesAt,
			timeLimitSeconds: data.timeLimitMinutes * 60,
			blueprint,
			shuffleQuestions: data.shuffleQuestions,
			shuffleOptions: data.shuffleOptions,
			attemptsAllowed: data.attemptsAllowed,
			countingAttempt: data.countingAttempt,
			showAnswers: data.showAnswers,
			predictionEnabled: data.predictionEnabled,
			oneQuestionPerScreen: data.layout === 'one',
			trackFocus: data.trackFocus,
			prizes: { first: data.first, second: data.second, third: data.third, consolation: data.consolation }
		});
		return { roundCreated: true };
	}
};
