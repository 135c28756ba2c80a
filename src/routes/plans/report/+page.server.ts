import { redirect } from '@sveltejs/kit';
import { PERIOD_KINDS, periodLabel } from '$lib/plans/periods';
import { issuerName, reportClosing, reportOpening, reportSummary } from '$lib/plans/report-heading';
import { reportSections } from '$lib/plans/report-tables';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { requireReport } from '$lib/server/plans/access';
import { unitReport } from '$lib/server/plans/report';
import { reportHeadingSchema } from '$lib/server/plans/schemas';
import { keptUnitOptions } from '$lib/server/units/access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, unit, period } = await requireReport(event);
	const [data, units] = await Promise.all([unitReport(db(), unit.id, period), keptUnitOptions(db(), user)]);
	const { report } = data;
	return {
		query: { unit: unit.id, year: period.year, period: period.kind },
		issuer: issuerName(unit),
		periodLabel: periodLabel(period),
		summary: reportSummary(period),
		opening: reportOpening(unit, data.plans, period),
		closing: reportClosing(unit, period),
		sections: reportSections(report),
		byStatus: report.byStatus,
		unitsTakingPart: report.contests.units.map((u) => ({ unitId: u.unitId, name: u.name, count: u.participants })),
		scoreBands: report.contests.scoreBands,
		units,
		periods: PERIOD_KINDS.map((kind) => ({ kind, label: periodLabel({ year: period.year, kind }) }))
	};
};

export const actions: Actions = {
	/** The heading typed on the page, checked here so that a mistake shows by its field; the file follows. */
	docx: async (event) => {
		const { unit, period } = await requireReport(event);
		const form = await event.request.formData();
		const { data, failure } = parseForm(reportHeadingSchema, form);
		if (failure) return failure;
		const query = new URLSearchParams({ unit: String(unit.id), year: String(period.year), period: period.kind });
		for (const [key, value] of Object.entries(data)) if (value) query.set(key, value);
		redirect(303, `/plans/report/report.docx?${query}`);
	}
};
