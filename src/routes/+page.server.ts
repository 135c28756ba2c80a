import { CONTEST_ROLES, hasRole } from '$lib/auth/roles';
import { myContests } from '$lib/server/contests/my-rounds';
import { organizerDesk } from '$lib/server/contests/organizer-desk';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	contests: locals.user ? await myContests(db(), locals.user) : [],
	desk: locals.user && hasRole(locals.user, CONTEST_ROLES) ? await organizerDesk(db(), locals.user) : null
});
