import { error } from '@sveltejs/kit';
import { actorOf, audit } from '$lib/server/audit';
import { db } from '$lib/server/db';
import { download, DOCX_TYPE } from '$lib/server/download';
import { requireReport } from '$lib/server/plans/access';
import { unitReport } from '$lib/server/plans/report';
import { reportDocx } from '$lib/server/plans/report-files';
import { reportHeadingSchema } from '$lib/server/plans/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { unit, period } = await requireReport(event);
	const heading = reportHeadingSchema.safeParse(Object.fromEntries(event.url.searchParams));
	if (!heading.success) error(400, { message: heading.error.issues[0].message });
	const data = await unitReport(db(), unit.id, period);
	await audit.record(db(), actorOf(event), {
		kind: 'report.generated',
		object: { type: 'unit', id: unit.id, label: unit.name },
		after: { format: 'docx', year: period.year, period: period.kind }
	});
	return download(await reportDocx(data, heading.data), `bao-cao-cchc-${period.year}-${period.kind}.docx`, DOCX_TYPE);
};
