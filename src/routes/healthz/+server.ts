import { sql } from 'drizzle-orm';
import { json } from '@sveltejs/kit';
import { clusterRedis } from '$lib/server/cluster';
import { db } from '$lib/server/db';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { logThrottled } from '$lib/server/log';
import { RETRY_AFTER_SECONDS } from '$lib/server/unavailable';
import type { RequestHandler } from './$types';

const TIMEOUT_MS = 3000;

/** Whether `check` answers in time: 'up', or 'down' with why. */
async function probe(name: string, check: () => Promise<unknown>): Promise<'up' | 'down'> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>(
		(_, reject) => (timer = setTimeout(() => reject(new Error(`${name} did not answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS))
	);
	try {
		await Promise.race([check(), late]);
		return 'up';
	} catch (error) {
		// A statement that fails for another reason than an outage is a bug, and still means "not ready".
		const kind = isDatabaseUnavailable(error) ? `${name}.unavailable` : `${name}.unhealthy`;
		logThrottled(kind, 'error', 'healthz.down', { what: name, error: error instanceof Error ? error.message : String(error) });
		return 'down';
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Liveness and readiness for load balancers and the test runner: `ok` once the database (and Redis, in
 * scale-out mode) answers; otherwise 503 naming what is down, e.g. `{"status":"unavailable","database":"down"}`.
 */
export const GET: RequestHandler = async () => {
	const redis = clusterRedis();
	const [database, shared] = await Promise.all([
		probe('database', () => db().execute(sql`select 1`)),
		redis ? probe('redis', () => redis.ping()) : Promise.resolve(null)
	]);
	if (database === 'up' && shared !== 'down')
		return new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
	return json(
		{ status: 'unavailable', database, ...(shared ? { redis: shared } : {}) },
		{ status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' } }
	);
};
