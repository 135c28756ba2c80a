import { actorOf, audit } from '$lib/server/audit';
import { db } from '$lib/server/db';
import { download, XLSX_TYPE } from '$lib/server/download';
import { requireReport } from '$lib/server/plans/access';
import { unitReport } from '$lib/server/plans/report';
import { reportWorkbook } from '$lib/server/plans/report-files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { unit, period } = await requireReport(event);
	const bytes = await reportWorkbook(await unitReport(db(), unit.id, period));
	await audit.record(db(), actorOf(event), {
		kind: 'report.generated',
		object: { type: 'unit', id: unit.id, label: unit.name },
		after: { format: 'xlsx', year: period.year, period: period.kind }
	});
	return download(bytes, `bao-cao-cchc-${period.year}-${period.kind}.xlsx`, XLSX_TYPE);
};
