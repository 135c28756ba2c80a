import { requireRole } from '$lib/server/auth/guards';
import { audit, filterOf, objectText } from '$lib/server/audit';
import { auditQuerySchema } from '$lib/server/audit/schemas';
import { db } from '$lib/server/db';
import { unitOptions } from '$lib/server/units/service';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 100;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const query = auditQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const [rows, units] = await Promise.all([
		audit.list(db(), await filterOf(db(), query), { limit: PAGE_SIZE + 1, beforeId: query.before }),
		unitOptions(db())
	]);
	return {
		query,
		units,
		rows: rows.slice(0, PAGE_SIZE).map((r) => ({ ...r, object: objectText(r) })),
		olderFrom: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1].id : null
	};
};
