import { z } from 'zod';
import { AppError } from '$lib/errors';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { jsonField } from '$lib/server/forms';
import { importForm } from '$lib/server/import/upload';
import { requirePlan } from '$lib/server/plans/access';
import { agencyScope, annexSource, commitAnnexImport, previewAnnexImport } from '$lib/server/plans/import';
import { annexCommitSchema } from '$lib/server/plans/schemas';
import { unitOptions } from '$lib/server/units/service';
import type { Actions, PageServerLoad } from './$types';

const unitId = z.coerce
	.number()
	.int()
	.positive()
	.max(2 ** 31 - 1);

/**
 * The commit form: the previewed annex, the agency names in the order the page listed them, and for
 * each name either a unit picked (`unit-<i>`) or the probable match confirmed (`confirm-<i>`).
 */
const commitSchema = z.object({
	annex: annexCommitSchema.shape.annex,
	agencies: jsonField(z.array(z.string().min(1).max(500)).max(1_000))
});

function confirmedMapping(form: FormData, names: string[]): Record<string, number> {
	const mapping: Record<string, number> = {};
	names.forEach((name, i) => {
		const chosen = unitId.safeParse(form.get(`unit-${i}`) || form.get(`confirm-${i}`));
		if (chosen.success) mapping[name] = chosen.data;
	});
	return mapping;
}

export const load: PageServerLoad = async (event) => {
	const { plan, unitPath } = await requirePlan(event);
	// The picker offers every unit an agency name may be matched to.
	return { plan: { id: plan.id, title: plan.title, year: plan.year }, units: await unitOptions(db(), { within: agencyScope(unitPath) }) };
};

export const actions: Actions = {
	preview: async (event) => {
		const { plan } = await requirePlan(event);
		try {
			const preview = await previewAnnexImport(db(), plan.id, annexSource(await importForm(event.request)));
			return { preview };
		} catch (error) {
			return toFailure(error);
		}
	},
	commit: async (event) => {
		const { plan } = await requirePlan(event);
		const form = await event.request.formData();
		const parsed = commitSchema.safeParse({ annex: form.get('annex'), agencies: form.get('agencies') });
		// No values echoed back on failure: the annex is the whole previewed file.
		if (!parsed.success) return toFailure(new AppError('import.stale'));
		try {
			const { tasks } = await commitAnnexImport(db(), plan.id, parsed.data.annex, confirmedMapping(form, parsed.data.agencies));
			return { imported: tasks };
		} catch (error) {
			return toFailure(error);
		}
	}
};
