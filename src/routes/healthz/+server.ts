import { sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** Liveness and readiness for load balancers and the test runner: the database answers. */
export const GET: RequestHandler = async () => {
	await db().execute(sql`select 1`);
	return new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
};
