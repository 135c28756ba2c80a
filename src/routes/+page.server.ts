import { myContests } from '$lib/server/contests/my-rounds';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	contests: locals.user ? await myContests(db(), locals.user) : []
});
