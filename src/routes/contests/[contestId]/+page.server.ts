import { changedFields } from '$lib/audit/changes';
import { actorOf, audit } from '$lib/server/audit';
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { listBanksFor } from '$lib/server/bank/banks';
import { listTopics } from '$lib/server/bank/topics';
import { requireContest } from '$lib/server/contests/access';
import { archiveContest, deleteContest, listRounds, setContestStatus, updateContest } from '$lib/server/contests/contests';
import { contestFormSchema, parseRoundForm } from '$lib/server/contests/round-form';
import { createRoundFromForm, poolCells } from '$lib/server/contests/round-setup';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { formError, parseForm } from '$lib/server/forms';
import { linkContestToTask } from '$lib/server/plans/roll-in';
import { contestTaskSchema } from '$lib/server/plans/schemas';
import { linkableTasks, taskLabel } from '$lib/server/plans/tasks';
import { keptUnit, keptUnitOptions } from '$lib/server/units/access';
import type { Actions, PageServerLoad } from './$types';

const contestEditSchema = contestFormSchema.extend({ revision: z.coerce.number().int().positive() });

export const load: PageServerLoad = async (event) => {
	const { user, contest, organizerName } = await requireContest(event);
	const banks = await listBanksFor(db(), user);
	const [rounds, topics, planTasks, linkedTask, cells, units] = await Promise.all([
		listRounds(db(), contest.id),
		listTopics(db()),
		linkableTasks(db(), user),
		contest.planTaskId === null ? null : taskLabel(db(), contest.planTaskId),
		poolCells(
			db(),
			banks.map((b) => b.id)
		),
		keptUnitOptions(db(), user)
	]);
	return {
		contest,
		organizerName,
		// A live game's results round shows under its game (Thi trực tiếp), not among the online rounds.
		rounds: rounds.filter((r) => r.kind === 'online'),
		banks,
		topics,
		cells,
		units,
		planTasks,
		linkedTask
	};
};

export const actions: Actions = {
	open: async (event) => {
		const { contest } = await requireContest(event);
		await setContestStatus(db(), contest.id, 'open');
		await audit.record(db(), actorOf(event), {
			kind: 'contest.opened',
			object: { type: 'contest', id: contest.id, label: contest.title },
			before: { status: contest.status },
			after: { status: 'open' }
		});
	},
	close: async (event) => {
		const { contest } = await requireContest(event);
		await setContestStatus(db(), contest.id, 'closed');
		await audit.record(db(), actorOf(event), {
			kind: 'contest.closed',
			object: { type: 'contest', id: contest.id, label: contest.title },
			before: { status: contest.status },
			after: { status: 'closed' }
		});
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
		const { data, failure } = parseRoundForm(form);
		if (failure) return failure;
		try {
			const roundId = await createRoundFromForm(db(), user, contest.id, data);
			await audit.record(db(), actorOf(event), {
				kind: 'round.created',
				object: { type: 'round', id: roundId, label: data.name },
				after: data
			});
		} catch (error) {
			return toFailure(error, form);
		}
		return { roundCreated: true };
	},
	/** Title, rules, scope and public board; refused when someone saved since this form was loaded. */
	editContest: async (event) => {
		const { user, contest } = await requireContest(event);
		const form = await event.request.formData();
		const { data, failure } = parseForm(contestEditSchema, form);
		if (failure) return failure;
		if (!(await keptUnit(db(), user, data.scopeUnitId))) return formError(form, 'errors.forbidden', { field: 'scopeUnitId' });
		const { revision, ...input } = data;
		try {
			await updateContest(db(), contest.id, revision, input);
			await audit.record(db(), actorOf(event), {
				kind: 'contest.updated',
				object: { type: 'contest', id: contest.id, label: input.title },
				...changedFields({ ...contest }, { ...input })
			});
		} catch (error) {
			return toFailure(error, form);
		}
		return { contestSaved: true };
	},
	deleteContest: async (event) => {
		const { contest } = await requireContest(event);
		const form = await event.request.formData();
		try {
			await deleteContest(db(), contest.id);
		} catch (error) {
			return toFailure(error, form);
		}
		redirect(303, '/contests');
	},
	archiveContest: async (event) => {
		const { contest } = await requireContest(event);
		await archiveContest(db(), contest.id);
		return { contestArchived: true };
	}
};
