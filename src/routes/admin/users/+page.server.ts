import { z } from 'zod';
import { ROLES } from '$lib/auth/roles';
import { requireRole } from '$lib/server/auth/guards';
import { listUsers } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;
const querySchema = z.object({
	q: z.string().max(100).catch(''),
	role: z.enum(ROLES).optional().catch(undefined),
	page: z.coerce.number().int().min(1).catch(1)
});

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const filter = querySchema.parse(Object.fromEntries(event.url.searchParams));
	const { users, total } = await listUsers(db(), {
		query: filter.q,
		role: filter.role,
		limit: PAGE_SIZE,
		offset: (filter.page - 1) * PAGE_SIZE
	});
	return { users, total, filter, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
};
