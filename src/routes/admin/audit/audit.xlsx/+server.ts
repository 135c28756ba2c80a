import { requireRole } from '$lib/server/auth/guards';
import { audit, filterOf } from '$lib/server/audit';
import { auditQuerySchema } from '$lib/server/audit/schemas';
import { db } from '$lib/server/db';
import { download, XLSX_TYPE } from '$lib/server/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const query = auditQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const bytes = await audit.workbook(db(), await filterOf(db(), query));
	return download(bytes, `nhat-ky-${new Date().toISOString().slice(0, 10)}.xlsx`, XLSX_TYPE);
};
