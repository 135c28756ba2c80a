import { createAdapter } from '@socket.io/redis-streams-adapter';
import { useLimitStore } from '$lib/server/auth/rate-limit';
import { ioSlot } from '$lib/server/realtime/io-server.js';
import { log } from '$lib/server/log';
import { RedisLimitStore } from './limit-store';
import { connectRedis, redisUrl, type Redis } from './redis';

/**
 * Scale-out mode. With `REDIS_URL` (and `DATABASE_URL`: a PGlite directory belongs to one process)
 * every process of a deployment, on one machine or several, shares through Redis what one process
 * used to keep in memory: Socket.IO's rooms and broadcasts (the official Redis Streams adapter),
 * rate limits, and work that must happen once per cluster. Without `REDIS_URL` nothing here runs and
 * the process works alone, as `npm start` does.
 */

let shared: Redis | null = null;

/** The cluster's Redis, or null when this process works alone. */
export const clusterRedis = (): Redis | null => shared;

/** Joins the cluster when REDIS_URL says there is one; false: this process works alone. */
export async function startCluster(env = process.env): Promise<boolean> {
	const url = redisUrl(env);
	if (!url) return false;
	if (shared) return true;
	if (!env.DATABASE_URL) throw new Error('REDIS_URL needs DATABASE_URL: processes share one PostgreSQL, never a PGlite directory');
	shared = await connectRedis(url);
	useLimitStore(new RedisLimitStore(shared));
	// The Streams adapter, not the pub/sub one: it survives a Redis blip without losing packets and keeps
	// Socket.IO's connection state recovery working across processes.
	ioSlot()?.io.adapter(createAdapter(shared));
	log('info', 'cluster.joined', { redis: new URL(url).host });
	return true;
}

export async function stopCluster(): Promise<void> {
	const closing = shared;
	shared = null;
	await closing?.close();
}

/**
 * Claims `key` for `forMs` across the cluster: true for the one process that should do the work
 * (recompute a board, close a round's expired attempts), false for the others. Alone, always true.
 */
export async function claimOnce(key: string, forMs: number): Promise<boolean> {
	if (!shared) return true;
	return (await shared.set(`hoithi:once:${key}`, '1', { NX: true, PX: forMs })) === 'OK';
}
