import { actorOf, audit } from '$lib/server/audit';
import { error } from '@sveltejs/kit';
import { checkEvidence } from '$lib/plans/evidence';
import { periodId, periodLabel, recordableQuarters, vietnamDate } from '$lib/plans/periods';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { formError, parseForm } from '$lib/server/forms';
import { keepsPlan, requireTask } from '$lib/server/plans/access';
import { attachEvidence, removeEvidence } from '$lib/server/plans/evidence';
import { PlanError } from '$lib/server/plans/plans';
import { recordProgress } from '$lib/server/plans/progress';
import { progressFormSchema, removeEvidenceSchema } from '$lib/server/plans/schemas';
import { progressHistory, taskOverview } from '$lib/server/plans/tasks';
import type { Actions, PageServerLoad } from './$types';

const MAX_FILES = 10;

export const load: PageServerLoad = async (event) => {
	const { user, task, year, planUnitPath, canRecord } = await requireTask(event);
	const today = vietnamDate(new Date());
	const quarters = recordableQuarters(year, task);
	return {
		...(await taskOverview(db(), task.id, today))!,
		quarters: quarters.map((q) => ({ id: periodId(q), label: periodLabel(q) })),
		currentQuarter: periodId(quarters.find((q) => q.start <= today && today <= q.end) ?? quarters[0]),
		canRecord,
		opensPlan: keepsPlan(user, { unitPath: planUnitPath })
	};
};

export const actions: Actions = {
	record: async (event) => {
		const { user, task, canRecord } = await requireTask(event);
		if (!canRecord) error(403, { message: 'errors.forbidden' });
		const form = await event.request.formData();
		const { data, failure } = parseForm(progressFormSchema, form);
		if (failure) return failure;
		const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
		if (files.length > MAX_FILES) return formError(form, 'plans.evidence.tooMany', { field: 'files', params: { max: MAX_FILES } });
		// Every file is checked before anything is written, so a refused file records nothing.
		const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
		for (const file of read) {
			const checked = checkEvidence(file.name, file.bytes);
			if ('error' in checked) return toFailure(new PlanError(checked.error), form);
		}
		try {
			const progressId = await recordProgress(db(), task.id, data, user.id);
			for (const file of read) await attachEvidence(db(), progressId, file, user.id);
			await audit.record(db(), actorOf(event), {
				kind: 'plan.progress',
				object: { type: 'planTask', id: task.id, label: task.content },
				after: { ...data, files: read.map((f) => f.name) }
			});
		} catch (failed) {
			return toFailure(failed, form);
		}
		return { recorded: data.period };
	},
	removeEvidence: async (event) => {
		const { task, canRecord } = await requireTask(event);
		if (!canRecord) error(403, { message: 'errors.forbidden' });
		const parsed = removeEvidenceSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) error(400, { message: 'errors.notFound' });
		// Only a file of this task's own reports.
		if (!(await progressHistory(db(), task.id)).some((p) => p.id === parsed.data.progressId)) error(404, { message: 'errors.notFound' });
		await removeEvidence(db(), parsed.data.progressId, parsed.data.mediaId);
		return { removed: true };
	}
};
