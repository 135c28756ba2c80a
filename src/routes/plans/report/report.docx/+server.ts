import { z } from 'zod';
import { db } from '$lib/server/db';
import { download, DOCX_TYPE } from '$lib/server/download';
import { requireReport } from '$lib/server/plans/access';
import { unitReport } from '$lib/server/plans/report';
import { reportDocx } from '$lib/server/plans/report-files';
import type { RequestHandler } from './$types';

const signer = z.string().trim().max(100).catch('');

export const GET: RequestHandler = async (event) => {
	const { unit, period } = await requireReport(event);
	const data = await unitReport(db(), unit.id, period);
	const bytes = await reportDocx(data, { signer: signer.parse(event.url.searchParams.get('signer') ?? '') || undefined });
	return download(bytes, `bao-cao-cchc-${period.year}-${period.kind}.docx`, DOCX_TYPE);
};
