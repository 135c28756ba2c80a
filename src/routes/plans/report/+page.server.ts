import { PERIOD_KINDS, periodLabel } from '$lib/plans/periods';
import { issuerName, reportClosing, reportOpening, reportSummary } from '$lib/plans/report-heading';
import { reportSections } from '$lib/plans/report-tables';
import { db } from '$lib/server/db';
import { requireReport } from '$lib/server/plans/access';
import { unitReport } from '$lib/server/plans/report';
import { unitOptions } from '$lib/server/units/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, unit, period } = await requireReport(event);
	const data = await unitReport(db(), unit.id, period);
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
		units: await unitOptions(db(), { within: user.role === 'admin' ? undefined : user.unitPath }),
		periods: PERIOD_KINDS.map((kind) => ({ kind, label: periodLabel({ year: period.year, kind }) }))
	};
};
